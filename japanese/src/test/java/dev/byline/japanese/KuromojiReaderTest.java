package dev.byline.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.slug.spi.JapaneseWord;
import dev.byline.slug.spi.JapaneseWord.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader itself: words, readings and roles from Kuromoji. */
class KuromojiReaderTest {

    private final KuromojiReader reader = new KuromojiReader();

    @Test
    void splitsAndReadsWithRoles() {
        assertThat(reader.read("私は東京で日本語を勉強しています")).containsExactly(
                new JapaneseWord("私", "ワタシ", Role.WORD),
                new JapaneseWord("は", "ハ", Role.PARTICLE),
                new JapaneseWord("東京", "トウキョウ", Role.WORD),
                new JapaneseWord("で", "デ", Role.PARTICLE),
                new JapaneseWord("日本語", "ニホンゴ", Role.WORD),
                new JapaneseWord("を", "ヲ", Role.PARTICLE),
                new JapaneseWord("勉強", "ベンキョウ", Role.WORD),
                new JapaneseWord("し", "シ", Role.WORD),
                new JapaneseWord("て", "テ", Role.ATTACHED),
                new JapaneseWord("い", "イ", Role.WORD),
                new JapaneseWord("ます", "マス", Role.ATTACHED));
    }

    @Test
    void theCopulaAfterANounIsAWordOfItsOwn() {
        assertThat(reader.read("学生です")).extracting(JapaneseWord::role).containsExactly(Role.WORD, Role.WORD);
    }

    @Test
    void surfacesAreTheOriginalTextEvenWhereIterationMarksWereSpelledOut() {
        List<JapaneseWord> words = reader.read("こゝろ");

        assertThat(words).containsExactly(new JapaneseWord("こゝろ", "ココロ", Role.WORD));
    }

    @Test
    void unknownWordsHaveNoReadingAndNumbersNone() {
        assertThat(reader.read("タリバン")).containsExactly(new JapaneseWord("タリバン", "", Role.WORD));
        assertThat(reader.read("2024年")).containsExactly(
                new JapaneseWord("2024", "", Role.WORD), new JapaneseWord("年", "ネン", Role.WORD));
    }

    @Test
    void emptyTextHasNoWordsAndNullIsRefused() {
        assertThat(reader.read("")).isEmpty();
        assertThatThrownBy(() -> reader.read(null)).isExactlyInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void aLongRunIsReadWhole() {
        String run = "東京の天気".repeat(200);

        List<JapaneseWord> words = reader.read(run);

        assertThat(words).hasSize(600);
        assertThat(String.join("", words.stream().map(JapaneseWord::surface).toList())).isEqualTo(run);
    }

    @Test
    void tokenizersAreReusedUpToAFewKept() {
        for (int i = 0; i < 50; i++) {
            assertThat(reader.read("東京")).hasSize(1);
        }
        assertThat(reader).hasToString("KuromojiReader[Lucene Kuromoji, IPADIC, normal mode]");
    }
}
