package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byline.slug.internal.DictionaryWords.Script;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Cutting any run of Thai, Lao, Khmer or Myanmar, made of the script's dictionary words, its
 * letters and marks and any other character of its block: {@link DictionaryWords} cuts where
 * ICU's word break iterator cuts.
 */
class DictionaryWordsFuzzTest {

    /** Each script's dictionary words and the characters of its block (letters and marks first). */
    private static final List<List<String>> WORDS = new ArrayList<>();
    private static final List<String> CHARACTERS = new ArrayList<>();

    static {
        for (Script script : Script.values()) {
            try {
                WORDS.add(DictionaryWordsTest.words(script));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            StringBuilder letters = new StringBuilder();
            StringBuilder others = new StringBuilder();
            for (int c = script.base; c < script.base + 0xA0; c++) {
                (script.is(c, Script.WORD) ? letters : others).append((char) c);
            }
            CHARACTERS.add(letters.append(others).toString());
        }
    }

    @FuzzTest(maxDuration = "10m")
    void cutsWhereIcuCuts(FuzzedDataProvider data) {
        Script script = Script.values()[data.consumeInt(0, Script.values().length - 1)];
        List<String> words = WORDS.get(script.ordinal());
        String characters = CHARACTERS.get(script.ordinal());
        StringBuilder run = new StringBuilder();
        for (int parts = data.consumeInt(1, 12); parts > 0 && data.remainingBytes() > 0; parts--) {
            if (data.consumeBoolean()) {
                run.append(words.get(data.consumeInt(0, words.size() - 1)));
            } else {
                run.append(characters.charAt(data.consumeInt(0, characters.length() - 1)));
            }
        }
        String s = run.toString();
        assertThat(DictionaryWords.cut(s, script)).as("%s %s", script, s).isEqualTo(DictionaryWordsTest.icu(s));
    }
}
