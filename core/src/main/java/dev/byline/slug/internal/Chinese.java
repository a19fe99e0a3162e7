package dev.byline.slug.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Chinese characters (Han): toneless pinyin, one syllable per word ({@code 北京} is
 * {@code bei-jing}). The readings are ICU's {@code Han-Latin} readings for every ideograph from
 * U+3400 to U+9FFF, stored in {@code pinyin.txt} (written by {@code PinyinTableGenerator},
 * checked against ICU by a test) and loaded on first use in a few milliseconds, instead of the
 * second ICU needs to build its transform. Like ICU, one reading per character: words whose
 * characters read differently in context ({@code 银行} is {@code yin-xing}, not
 * {@code yin-hang}) are a known limit. Ideographs outside the table go to ICU.
 */
final class Chinese {

    static final int FIRST = 0x3400;
    static final int LAST = 0x9FFF;

    private Chinese() {}

    static boolean covers(int cp) {
        return cp >= FIRST && cp <= LAST;
    }

    /** The toneless pinyin of an ideograph in the table range, or null if ICU has none. */
    static @Nullable String pinyin(int cp) {
        short index = Table.INDEX[cp - FIRST];
        return index == 0 ? null : Table.SYLLABLES[index - 1];
    }

    /** Holder: the table is read on first use. */
    private static final class Table {
        static final short[] INDEX = new short[LAST - FIRST + 1];
        static final String[] SYLLABLES = load(INDEX);
    }

    /** Reads {@code pinyin.txt} into {@code index} (ideograph to syllable number, from 1); returns the syllables. */
    static String[] load(short[] index) {
        String text;
        try (InputStream in = Chinese.class.getResourceAsStream("pinyin.txt")) {
            if (in == null) {
                throw new IllegalStateException("pinyin.txt missing from the byline-core jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> syllables = new ArrayList<>(420);
        int i = 0;
        int n = text.length();
        while (i < n) {
            int eol = text.indexOf('\n', i);
            if (eol < 0) {
                eol = n;
            }
            if (text.charAt(i) != '#') {
                int tab = text.indexOf('\t', i);
                syllables.add(text.substring(i, tab));
                short id = (short) syllables.size();
                for (int k = tab + 1; k < eol; ) {
                    int cp = text.codePointAt(k);
                    index[cp - FIRST] = id;
                    k += Character.charCount(cp);
                }
            }
            i = eol + 1;
        }
        return syllables.toArray(new String[0]);
    }
}
