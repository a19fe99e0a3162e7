package dev.byline.internal;

import com.ibm.icu.text.IDNA;
import dev.byline.InvalidArticleException;
import dev.byline.Limits;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The invariants shared by byline's value types. Each method throws
 * {@link InvalidArticleException} naming the path, the rule and the shortened value. Not API.
 */
public final class Rules {

    private Rules() {}

    /** How much of the C0/C1 control range a kind of text may use. */
    private enum Lines { SINGLE, MULTI }

    /**
     * One-line plain text (titles, names, tags, ids): not blank, at most {@code max} code
     * units, no control characters, bidi overrides or isolates, unpaired surrogates or
     * noncharacters.
     */
    public static void plain(String path, String value, int max) {
        length(path, value, max);
        if (Text.isBlank(value)) {
            throw new InvalidArticleException(path, "must not be blank", value);
        }
        characters(path, value, Lines.SINGLE, true);
    }

    /**
     * Prose (summaries, biographies, captions): like {@link #plain} but tabs and line breaks
     * are allowed.
     */
    public static void prose(String path, String value, int max) {
        length(path, value, max);
        if (Text.isBlank(value)) {
            throw new InvalidArticleException(path, "must not be blank", value);
        }
        characters(path, value, Lines.MULTI, true);
    }

    /**
     * Body content: at most {@code max} code units; tabs and line breaks allowed; no other
     * control characters and no unpaired surrogates. Bidi controls are allowed (markup may
     * need them). May be empty.
     */
    public static void body(String path, String value, int max) {
        length(path, value, max);
        characters(path, value, Lines.MULTI, false);
    }

    /** Text kept verbatim in extensions: only unpaired surrogates (not encodable) are refused. */
    public static void encodable(String path, String value, int max) {
        length(path, value, max);
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new InvalidArticleException(path, "must not contain unpaired surrogates", value);
            }
        }
    }

    private static void length(String path, String value, int max) {
        if (value.length() > max) {
            throw new InvalidArticleException(path, "must be at most " + max + " characters long, is " + value.length(), value);
        }
    }

    private static void characters(String path, String value, Lines lines, boolean noBidiControls) {
        for (int i = 0, n = value.length(); i < n; ) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                // printable ASCII: nothing to refuse
                i++;
                continue;
            }
            int cp = value.codePointAt(i);
            if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
                if (!(lines == Lines.MULTI && (cp == '\t' || cp == '\n' || cp == '\r'))) {
                    throw new InvalidArticleException(path,
                            String.format("must not contain control characters (U+%04X)", cp), value);
                }
            } else if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                throw new InvalidArticleException(path, "must not contain unpaired surrogates", value);
            } else if (noBidiControls && ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))) {
                throw new InvalidArticleException(path,
                        String.format("must not contain bidi override or isolate characters (U+%04X)", cp), value);
            } else if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
                throw new InvalidArticleException(path,
                        String.format("must not contain noncharacters (U+%04X)", cp), value);
            }
            i += Character.charCount(cp);
        }
    }

    /**
     * A language tag: the locale names a language of two or three ASCII letters (ISO 639)
     * and is not {@code und}.
     */
    public static void locale(String path, Locale locale) {
        String language = locale.getLanguage();
        if (language.isEmpty() || "und".equals(language)) {
            throw new InvalidArticleException(path, "must name a language", locale.toLanguageTag());
        }
        if (language.length() < 2 || language.length() > 3 || !language.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            throw new InvalidArticleException(path, "must have an ISO 639 language code of two or three letters",
                    locale.toLanguageTag());
        }
    }

    private static final IDNA UTS46 = IDNA.getUTS46Instance(
            IDNA.USE_STD3_RULES | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ | IDNA.NONTRANSITIONAL_TO_ASCII);

    /**
     * A link: an absolute {@code http} or {@code https} URL of at most
     * {@link Limits#MAX_URL_LENGTH} characters, with a host that passes UTS #46 (IDNA) and no
     * user info (credentials).
     */
    public static void url(String path, URI uri) {
        String text = uri.toString();
        if (uri.getRawUserInfo() != null) {
            // never echo credentials into a message or a log
            throw new InvalidArticleException(path, "must not contain credentials (user info)",
                    text.replace(uri.getRawUserInfo() + "@", "***@"));
        }
        length(path, text, Limits.MAX_URL_LENGTH);
        if (!uri.isAbsolute() || uri.isOpaque()) {
            throw new InvalidArticleException(path, "must be an absolute http or https URL", text);
        }
        String scheme = uri.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new InvalidArticleException(path, "must use the http or https scheme", text);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new InvalidArticleException(path,
                    "must have a host name (internationalized names in their ASCII, xn-- form)", text);
        }
        if (!host.startsWith("[")) {
            IDNA.Info info = new IDNA.Info();
            UTS46.nameToASCII(host, new StringBuilder(host.length() + 8), info);
            if (info.hasErrors()) {
                throw new InvalidArticleException(path,
                        "must have a host that is a valid domain name under UTS #46 (IDNA) " + info.getErrors(), text);
            }
        }
    }

    /** A positive integer no greater than {@code max}. */
    public static void positive(String path, int value, int max) {
        if (value < 1 || value > max) {
            throw new InvalidArticleException(path, "must be between 1 and " + max, value);
        }
    }

    /** A list no longer than {@code max}. */
    public static void size(String path, List<?> list, int max) {
        if (list.size() > max) {
            throw new InvalidArticleException(path, "must have at most " + max + " entries, has " + list.size(), null);
        }
    }

    /**
     * No two entries of the list share a key; the failure names the later entry's path,
     * {@code <path>[<index>]<suffix>}.
     */
    public static <T, K> void unique(String path, String suffix, List<T> list, Function<T, K> key) {
        Map<K, Integer> seen = new HashMap<>(list.size() * 2);
        for (int i = 0; i < list.size(); i++) {
            K k = key.apply(list.get(i));
            Integer first = seen.putIfAbsent(k, i);
            if (first != null) {
                throw new InvalidArticleException(path + "[" + i + "]" + suffix,
                        "must be unique (same as " + path + "[" + first + "]" + suffix + ")", k);
            }
        }
    }

    /** Every string of the list is plain text (see {@link #plain}) and unique. */
    public static void plainTerms(String path, List<String> list, int maxLength, int maxCount) {
        size(path, list, maxCount);
        for (int i = 0; i < list.size(); i++) {
            plain(path + "[" + i + "]", list.get(i), maxLength);
        }
        unique(path, "", list, Function.identity());
    }
}
