package dev.byline.slug.internal;

/**
 * A conservative, table-free test that text is already in Unicode NFC, so that the usual title
 * (precomposed letters, no combining marks) never loads the JDK's normalizer. It answers
 * "surely NFC" only when no character could change under NFC: no combining mark, no conjoining
 * Hangul jamo, none of the characters NFC replaces (singletons and composition exclusions such as
 * U+0958..U+095F, U+1F71, U+2126, U+F900..U+FAFF), no supplementary character. Otherwise the
 * caller asks {@link java.text.Normalizer}.
 */
final class NfcCheck {

    private NfcCheck() {}

    static boolean surelyNfc(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x300) {
                continue;
            }
            if (Character.isSurrogate(c) || mayChange(c)) {
                return false;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayChange(char c) {
        return c <= 0x036F                          // combining diacritical marks, U+0340..U+0344
                || c == 0x0374 || c == 0x037E || c == 0x0387
                || c >= 0x0958 && c <= 0x095F || c >= 0x09DC && c <= 0x09DF
                || c >= 0x0A33 && c <= 0x0A5E || c >= 0x0B5C && c <= 0x0B5D
                || c >= 0x0F43 && c <= 0x0FB9
                || c >= 0x1100 && c <= 0x11FF           // conjoining jamo
                || c >= 0x1F71 && c <= 0x1FFD           // Greek with oxia
                || c >= 0x2000 && c <= 0x2001 || c >= 0x2126 && c <= 0x212B
                || c >= 0x2329 && c <= 0x232A || c == 0x2ADC
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFB1D && c <= 0xFB4E;
    }
}
