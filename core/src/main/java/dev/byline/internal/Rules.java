package dev.byline.internal;

import com.ibm.icu.text.IDNA;
import dev.byline.InvalidArticleException;
import dev.byline.Limits;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
     * points, no control characters, bidi overrides or isolates, unpaired surrogates or
     * noncharacters.
     *
     * @return true if the same pass showed the value to be NFC (see {@link Text#surelyNfc});
     *     false means "ask {@link Text#nfc(String)}", not "not NFC"
     */
    public static boolean plain(String path, String value, int max) {
        return plain(path, -1, value, max);
    }

    /**
     * Like {@link #plain(String, String, int)} for entry {@code index} of a list: the path
     * {@code <path>[<index>]} is built only when the value fails.
     *
     * @return whether the value is surely NFC, as for {@link #plain(String, String, int)}
     */
    public static boolean plain(String path, int index, String value, int max) {
        length(path, index, value, max);
        if (Text.isBlank(value)) {
            throw new InvalidArticleException(at(path, index), "must not be blank", value);
        }
        return characters(path, index, value, Lines.SINGLE, true);
    }

    /**
     * {@link #plain(String, String, int)} for a value that may be absent.
     *
     * @return true when the value is absent or surely NFC
     */
    public static boolean plain(String path, Optional<String> value, int max) {
        return value.isEmpty() || plain(path, -1, value.get(), max);
    }

    /** {@code path}, or {@code path[index]} when the index is not negative. */
    private static String at(String path, int index) {
        return index < 0 ? path : path + "[" + index + "]";
    }

    /**
     * Prose (summaries, biographies, captions): like {@link #plain} but tabs and line breaks
     * are allowed.
     *
     * @return whether the value is surely NFC, as for {@link #plain(String, String, int)}
     */
    public static boolean prose(String path, String value, int max) {
        length(path, -1, value, max);
        if (Text.isBlank(value)) {
            throw new InvalidArticleException(path, "must not be blank", value);
        }
        return characters(path, -1, value, Lines.MULTI, true);
    }

    /**
     * {@link #prose(String, String, int)} for a value that may be absent.
     *
     * @return true when the value is absent or surely NFC
     */
    public static boolean prose(String path, Optional<String> value, int max) {
        return value.isEmpty() || prose(path, value.get(), max);
    }

    /**
     * Body content: at most {@code max} code units; tabs and line breaks allowed; no other
     * control characters and no unpaired surrogates. Bidi controls are allowed (markup may
     * need them). May be empty.
     *
     * @return true if the same pass showed the value to be NFC (see {@link Text#surelyNfc});
     *     false means "ask {@link Text#nfc(String)}", not "not NFC"
     */
    public static boolean body(String path, String value, int max) {
        length(path, -1, value, max);
        return characters(path, -1, value, Lines.MULTI, false);
    }

    /** Text kept verbatim in extensions: only unpaired surrogates (not encodable) are refused. */
    public static void encodable(String path, String value, int max) {
        length(path, -1, value, max);
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

    /** At most {@code max} code points (the length JSON Schema's {@code maxLength} counts). */
    private static void length(String path, int index, String value, int max) {
        int length = Text.codePointLength(value, max);
        if (length > max) {
            throw new InvalidArticleException(at(path, index), "must be at most " + max + " characters long, is " + length, value);
        }
    }

    /** Strings longer than this are scanned in chunks copied to a char array (see {@link #characters}). */
    private static final int CHUNK = 512;

    /**
     * Checks the characters; returns whether the value is surely NFC, as
     * {@link Text#surelyNfc(String)} would say, learnt in the same pass.
     */
    private static boolean characters(String path, int index, String value, Lines lines, boolean noBidiControls) {
        int n = value.length();
        if (n > CHUNK) {
            return longCharacters(path, index, value, lines, noBidiControls);
        }
        // a counted loop with the rare cases out of line: printable ASCII costs one comparison
        boolean surelyNfc = true;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                int cp = value.codePointAt(i);
                surelyNfc &= other(path, index, value, cp, lines, noBidiControls);
                if (cp > 0xFFFF) {
                    i++;
                }
            }
        }
        return surelyNfc;
    }

    /**
     * {@link #characters} for long text (bodies): the string is copied a chunk at a time into a
     * char array, whose loop the compiler keeps tight, where {@code charAt} costs a check of the
     * string's coding and bounds per character.
     */
    private static boolean longCharacters(String path, int index, String value, Lines lines, boolean noBidiControls) {
        int n = value.length();
        char[] chunk = new char[CHUNK];
        boolean surelyNfc = true;
        // the low surrogate of a pair that ended the previous chunk is skipped here
        int skip = 0;
        for (int start = 0; start < n; start += CHUNK) {
            int length = Math.min(CHUNK, n - start);
            value.getChars(start, start + length, chunk, 0);
            int j = skip;
            while (j < length) {
                // skip printable ASCII (U+0020 to U+007E) with one unsigned comparison a char
                while (j < length && (char) (chunk[j] - 0x20) < 0x5F) {
                    j++;
                }
                if (j < length) {
                    int cp = value.codePointAt(start + j);
                    surelyNfc &= other(path, index, value, cp, lines, noBidiControls);
                    j += Character.charCount(cp);
                }
            }
            // 1 when a pair began on this chunk's last char
            skip = j - length;
        }
        return surelyNfc;
    }

    /**
     * Checks a code point other than printable ASCII; returns whether it keeps the text surely
     * NFC ({@link Text#leftAloneByNfc}).
     */
    private static boolean other(String path, int index, String value, int cp, Lines lines, boolean noBidiControls) {
        check(path, index, value, cp, lines, noBidiControls);
        return Text.leftAloneByNfc(cp);
    }

    private static void check(String path, int index, String value, int cp, Lines lines, boolean noBidiControls) {
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            if (!(lines == Lines.MULTI && (cp == '\t' || cp == '\n' || cp == '\r'))) {
                throw new InvalidArticleException(at(path, index),
                        String.format("must not contain control characters (U+%04X)", cp), value);
            }
        } else if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            throw new InvalidArticleException(at(path, index), "must not contain unpaired surrogates", value);
        } else if (noBidiControls && ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))) {
            throw new InvalidArticleException(at(path, index),
                    String.format("must not contain bidi override or isolate characters (U+%04X)", cp), value);
        } else if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
            throw new InvalidArticleException(at(path, index),
                    String.format("must not contain noncharacters (U+%04X)", cp), value);
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
        if (language.length() < 2 || language.length() > 3 || !lowercaseAscii(language)) {
            throw new InvalidArticleException(path, "must have an ISO 639 language code of two or three letters",
                    locale.toLanguageTag());
        }
    }

    private static boolean lowercaseAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static final IDNA UTS46 = IDNA.getUTS46Instance(
            IDNA.USE_STD3_RULES | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ | IDNA.NONTRANSITIONAL_TO_ASCII);

    /**
     * Hosts that passed the UTS #46 check (the check is a pure function of the host), so that
     * the few hosts a site links to are checked once. Once it holds {@link #MAX_VALID_HOSTS}
     * entries it stops remembering new ones, so a stream of distinct hosts from untrusted input
     * cannot grow it; hosts longer than the URL limit never get here.
     */
    private static final ConcurrentHashMap<String, Boolean> VALID_HOSTS = new ConcurrentHashMap<>();
    private static final int MAX_VALID_HOSTS = 1_000;

    /**
     * A link: an absolute {@code http} or {@code https} URL of at most
     * {@link Limits#MAX_URL_LENGTH} characters, with a host that passes UTS #46 (IDNA) and no
     * user info (credentials).
     */
    public static void url(String path, URI uri) {
        url(path, -1, uri);
    }

    /**
     * Like {@link #url(String, URI)} for entry {@code index} of a list: the path
     * {@code <path>[<index>]} is built only when the URL fails.
     */
    public static void url(String path, int index, URI uri) {
        String text = uri.toString();
        if (uri.getRawUserInfo() != null) {
            // never echo credentials into a message or a log
            throw new InvalidArticleException(at(path, index), "must not contain credentials (user info)",
                    text.replace(uri.getRawUserInfo() + "@", "***@"));
        }
        length(path, index, text, Limits.MAX_URL_LENGTH);
        if (!uri.isAbsolute() || uri.isOpaque()) {
            throw new InvalidArticleException(at(path, index), "must be an absolute http or https URL", text);
        }
        String scheme = uri.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new InvalidArticleException(at(path, index), "must use the http or https scheme", text);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new InvalidArticleException(at(path, index),
                    "must have a host name (internationalized names in their ASCII, xn-- form)", text);
        }
        if (!host.startsWith("[") && !VALID_HOSTS.containsKey(host)) {
            IDNA.Info info = new IDNA.Info();
            UTS46.nameToASCII(host, new StringBuilder(host.length() + 8), info);
            if (info.hasErrors()) {
                throw new InvalidArticleException(at(path, index),
                        "must have a host that is a valid domain name under UTS #46 (IDNA) " + info.getErrors(), text);
            }
            if (VALID_HOSTS.size() < MAX_VALID_HOSTS) {
                VALID_HOSTS.put(host, Boolean.TRUE);
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
        int n = list.size();
        if (n < 2) {
            return;
        }
        if (n <= SMALL_LIST) {
            // a few entries: compare pairwise, without a map
            Object[] keys = new Object[n];
            for (int i = 0; i < n; i++) {
                K k = key.apply(list.get(i));
                for (int j = 0; j < i; j++) {
                    if (Objects.equals(keys[j], k)) {
                        throw duplicate(path, suffix, i, j, k);
                    }
                }
                keys[i] = k;
            }
            return;
        }
        Map<K, Integer> seen = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            K k = key.apply(list.get(i));
            Integer first = seen.putIfAbsent(k, i);
            if (first != null) {
                throw duplicate(path, suffix, i, first, k);
            }
        }
    }

    /** Lists up to this size are checked for repeats pairwise. */
    private static final int SMALL_LIST = 8;

    private static InvalidArticleException duplicate(String path, String suffix, int later, int first, Object key) {
        return new InvalidArticleException(path + "[" + later + "]" + suffix,
                "must be unique (same as " + path + "[" + first + "]" + suffix + ")", key);
    }

    /**
     * Every string of the list is plain text (see {@link #plain}) and unique.
     *
     * @return whether every string is surely NFC, as for {@link #plain(String, String, int)}
     */
    public static boolean plainTerms(String path, List<String> list, int maxLength, int maxCount) {
        size(path, list, maxCount);
        boolean surelyNfc = true;
        for (int i = 0; i < list.size(); i++) {
            surelyNfc &= plain(path, i, list.get(i), maxLength);
        }
        unique(path, "", list, Function.identity());
        return surelyNfc;
    }
}
