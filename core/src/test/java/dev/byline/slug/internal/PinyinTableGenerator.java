package dev.byline.slug.internal;

import com.ibm.icu.text.Transliterator;
import dev.byline.internal.GeneratedSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code PinyinTable.java}, the table {@link Chinese} reads, from ICU's {@code Han-Latin}
 * transform: every ideograph from U+3400 to U+9FFF that ICU romanizes, with its toneless
 * syllable. Run it from the repository root after an ICU upgrade:
 *
 * <pre>java -cp ... dev.byline.slug.internal.PinyinTableGenerator core/src/main/java/dev/byline/slug/internal/PinyinTable.java</pre>
 *
 * <p>{@code ChineseTableTest} checks the committed table against ICU on every build.
 */
public final class PinyinTableGenerator {

    private PinyinTableGenerator() {}

    /** ICU's reading of every ideograph that has one, grouped by syllable (sorted). */
    static Map<String, StringBuilder> generate() {
        Transliterator icu = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
        Map<String, StringBuilder> bySyllable = new TreeMap<>();
        for (int cp = Chinese.FIRST; cp <= Chinese.LAST; cp++) {
            String han = new String(Character.toChars(cp));
            String latin = icu.transliterate(han);
            if (latin.equals(han)) {
                continue; // ICU has no reading
            }
            if (!latin.matches("[a-z]+")) {
                throw new IllegalStateException("unexpected reading " + latin + " for U+" + Integer.toHexString(cp));
            }
            bySyllable.computeIfAbsent(latin, k -> new StringBuilder()).appendCodePoint(cp);
        }
        return bySyllable;
    }

    /** The syllables, space-separated, in the order their numbers (from 1) follow. */
    static String syllables(Map<String, StringBuilder> table) {
        return String.join(" ", table.keySet());
    }

    /**
     * One char per ideograph from {@link Chinese#FIRST}: {@link Chinese#NUMBER_BASE} plus its
     * syllable's number, plus 0 for none. (The base keeps every char clear of the line breaks,
     * quote and backslash that a {@code \\u} escape must not name in Java source, and within the
     * two bytes per char of the class file's string encoding, which holds one constant to 65,535
     * bytes.)
     */
    static String index(Map<String, StringBuilder> table) {
        char[] index = new char[Chinese.LAST - Chinese.FIRST + 1];
        java.util.Arrays.fill(index, (char) Chinese.NUMBER_BASE);
        int number = 0;
        if (table.size() > 0x7FF - Chinese.NUMBER_BASE) {
            throw new IllegalStateException("too many syllables for two bytes per char: " + table.size());
        }
        for (StringBuilder chars : table.values()) {
            number++;
            for (int k = 0; k < chars.length(); k++) {
                index[chars.charAt(k) - Chinese.FIRST] = (char) (Chinese.NUMBER_BASE + number);
            }
        }
        return new String(index);
    }

    /** The Java source of {@code PinyinTable}. */
    static String render(Map<String, StringBuilder> table) {
        StringBuilder out = new StringBuilder();
        out.append("package dev.byline.slug.internal;\n\n")
                .append("/**\n")
                .append(" * Toneless pinyin per ideograph from U+3400 to U+9FFF, generated from ICU's {@code Han-Latin}\n")
                .append(" * transform by {@code PinyinTableGenerator} (test sources); do not edit. Kept as constants, which\n")
                .append(" * the JVM reads with the class, so that the first Chinese title parses no resource.\n")
                .append(" */\n")
                .append("final class PinyinTable {\n\n")
                .append("    private PinyinTable() {}\n\n")
                .append("    /** The syllables, separated by spaces, numbered from 1 in this order. */\n")
                .append("    static final String SYLLABLES = \"\"\n");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String syllable : table.keySet()) {
            if (line.length() + syllable.length() > 90) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 || !lines.isEmpty() ? " " : "").append(syllable);
        }
        lines.add(line.toString());
        for (String l : lines) {
            out.append("            + \"").append(l).append("\"\n");
        }
        out.setLength(out.length() - 1);
        out.append(";\n\n")
                .append("    /** One char per ideograph from U+3400: 0x100 plus its syllable's number, 0x100 where ICU has none. */\n")
                .append("    static final String INDEX = \"\"\n");
        out.append(GeneratedSource.escapedLines(index(table), 24));
        out.append(";\n}\n");
        return out.toString();
    }

    /**
     * Writes the table.
     *
     * @param args the output file
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), render(generate()), StandardCharsets.UTF_8);
    }
}
