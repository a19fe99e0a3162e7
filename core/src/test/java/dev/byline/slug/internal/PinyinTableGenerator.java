package dev.byline.slug.internal;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code pinyin.txt}, the table {@link Chinese} reads, from ICU's {@code Han-Latin}
 * transform: every ideograph from U+3400 to U+9FFF that ICU romanizes, grouped under its toneless
 * syllable. Run it after an ICU upgrade:
 *
 * <pre>java -cp ... dev.byline.slug.internal.PinyinTableGenerator core/src/main/resources/dev/byline/slug/internal/pinyin.txt</pre>
 *
 * <p>{@code ChineseTableTest} checks the committed table against ICU on every build.
 */
public final class PinyinTableGenerator {

    private PinyinTableGenerator() {}

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

    static String render(Map<String, StringBuilder> table) {
        StringBuilder out = new StringBuilder();
        out.append("# toneless pinyin per ideograph, generated from ICU Han-Latin by PinyinTableGenerator\n");
        table.forEach((syllable, chars) -> out.append(syllable).append('\t').append(chars).append('\n'));
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
