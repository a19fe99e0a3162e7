package dev.byline.internal;

import java.util.Locale;

/** Helpers of the generators that write Java constants from ICU (test sources only). */
public final class GeneratedSource {

    private GeneratedSource() {}

    /**
     * The continuation lines of a generated string constant: {@code + "\\uXXXX..."}, {@code perLine}
     * escaped chars a line, joined by line breaks, without a final one.
     *
     * @throws IllegalArgumentException for a char a {@code \\u} escape must not name in Java
     *     source (line breaks, the quote and the backslash are unescaped before the source is read)
     */
    public static String escapedLines(String value, int perLine) {
        StringBuilder sb = new StringBuilder(value.length() * 6 + value.length() / perLine * 20);
        for (int i = 0; i < value.length(); i += perLine) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append("            + \"");
            for (int k = i; k < Math.min(value.length(), i + perLine); k++) {
                char c = value.charAt(k);
                if (c == '\n' || c == '\r' || c == '"' || c == '\\') {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "U+%04X at %d cannot be written as a \\u escape", (int) c, k));
                }
                sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
            sb.append('"');
        }
        return sb.toString();
    }
}
