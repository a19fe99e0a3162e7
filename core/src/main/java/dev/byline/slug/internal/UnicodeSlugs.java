package dev.byline.slug.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Writes a title as Unicode words: letters, combining marks and digits of every script are kept,
 * lowercased by the language's rules (Turkish {@code I} becomes {@code ı}), in NFKC (so in NFC,
 * with full-width letters and ligatures folded to plain ones). Arabic vowel
 * marks and the tatweel are dropped (vocalized and plain spellings agree), the zero-width
 * non-joiner is kept between two letters (Persian {@code می‌خواهم}) and other format characters
 * are dropped. Apostrophes, {@code &}, dots and commas work as in ASCII slugs. Immutable and
 * thread-safe.
 */
public final class UnicodeSlugs {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");
    private static final char ZWNJ = '\u200C';

    private final Language lang;
    private final char separator;

    public UnicodeSlugs(Language lang, char separator) {
        this.lang = lang;
        this.separator = separator;
    }

    /** The words of the title joined by the separator; empty if it has no letters or digits. */
    public String slugify(String title) {
        SlugBuilder out = new SlugBuilder(separator, title.length() + 16);
        write(lowercase(Normalizer.normalize(title, Normalizer.Form.NFKC)), out, 0);
        return out.toString();
    }

    private String lowercase(String s) {
        String lower;
        if (lang.turkicCase()) {
            lower = s.toLowerCase(TURKISH);
        } else {
            // outside Turkish and Azerbaijani the dot of İ says nothing: i, not i + U+0307
            lower = s.replace('\u0130', 'I').toLowerCase(Locale.ROOT);
        }
        return Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    private void write(String s, SlugBuilder out, int depth) {
        int n = s.length();
        boolean zwnj = false; // a ZWNJ seen after a letter, written only if a letter follows
        boolean afterLetter = false; // whether the last character written is a letter or mark
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            int type = Character.getType(cp);
            if (cp >= 'a' && cp <= 'z' || type == Character.LOWERCASE_LETTER || type == Character.OTHER_LETTER
                    || type == Character.MODIFIER_LETTER && !Marks.isApostrophe(cp) && cp != 0x0640) {
                if (zwnj && !out.atWordStart()) {
                    out.append(ZWNJ);
                }
                out.appendCodePoint(cp);
                zwnj = false;
                afterLetter = true;
            } else if (cp >= '0' && cp <= '9' || type == Character.DECIMAL_DIGIT_NUMBER) {
                out.appendCodePoint(cp);
                zwnj = false;
                afterLetter = false;
            } else if (cp == ZWNJ) {
                zwnj = afterLetter && !out.atWordStart();
            } else if (cp == 0x0640 || cp >= 0x064B && cp <= 0x065F || cp == 0x0670 || type == Character.FORMAT) {
                // tatweel, Arabic vowel marks, joiners, bidi controls, soft hyphens: ignored
            } else if (Marks.isMark(cp)) {
                if (!out.atWordStart()) {
                    out.appendCodePoint(cp);
                    afterLetter = true;
                }
                zwnj = false;
            } else {
                zwnj = false;
                afterLetter = false;
                if (cp < 0x80) {
                    Punctuation.ascii(s, i, (char) cp, out, lang);
                } else if (Marks.isApostrophe(cp)) {
                    Punctuation.apostrophe(s, next, out, lang);
                } else if (cp == 0xB7) {
                    Punctuation.middleDot(s, i, out);
                } else if (depth == 0 && type != Character.SURROGATE && type != Character.UNASSIGNED
                        && type != Character.PRIVATE_USE && !isNfkcStable(s.substring(i, next))) {
                    write(lowercase(Normalizer.normalize(s.substring(i, next), Normalizer.Form.NFKC)), out, 1);
                } else if (type != Character.UPPERCASE_LETTER && type != Character.TITLECASE_LETTER) {
                    out.boundary(); // uppercase letters without a lowercase form are dropped
                }
            }
            i = next;
        }
    }

    private static boolean isNfkcStable(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFKC);
    }
}
