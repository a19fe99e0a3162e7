package dev.byline.slug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.InvalidValueException;
import dev.byline.Slug;
import dev.byline.slug.spi.JapaneseReader;
import dev.byline.slug.spi.JapaneseWord;
import dev.byline.slug.spi.JapaneseWord.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the slugger does with a {@link JapaneseReader}'s words, with a reader that answers from a
 * table (the real one, Kuromoji, is tested in byline-japanese): readings by Hepburn, particles,
 * attached endings, unknown words, digits, and readers that misbehave.
 */
class JapaneseReaderSpiTest {

    /** Answers from a table of runs; records what it was asked. */
    private static final class TableReader implements JapaneseReader {
        final Map<String, List<JapaneseWord>> table;
        final List<String> asked = new ArrayList<>();

        TableReader(Map<String, List<JapaneseWord>> table) {
            this.table = table;
        }

        @Override
        public synchronized List<JapaneseWord> read(String text) {
            asked.add(text);
            return table.getOrDefault(text, List.of());
        }
    }

    private static JapaneseWord word(String surface, String reading) {
        return new JapaneseWord(surface, reading, Role.WORD);
    }

    private static JapaneseWord particle(String surface, String reading) {
        return new JapaneseWord(surface, reading, Role.PARTICLE);
    }

    private static JapaneseWord attached(String surface, String reading) {
        return new JapaneseWord(surface, reading, Role.ATTACHED);
    }

    private static Slugger slugger(TableReader reader) {
        return Slugger.builder().locale(Locale.JAPANESE).japaneseReader(reader).build();
    }

    @Test
    void readingsAreWrittenByHepburnOneWordEach() {
        TableReader reader = new TableReader(Map.of("東京の天気", List.of(word("東京", "トウキョウ"),
                particle("の", "ノ"), word("天気", "テンキ"))));

        assertThat(slugger(reader).slugify("東京の天気").value()).isEqualTo("tokyo-no-tenki");
        assertThat(reader.asked).containsExactly("東京の天気");
    }

    @Test
    void theParticlesHaHeAndWoAreWrittenAsPronounced() {
        TableReader reader = new TableReader(Map.of("私は東京へ本を", List.of(word("私", "ワタシ"), particle("は", "ハ"),
                word("東京", "トウキョウ"), particle("へ", "ヘ"), word("本", "ホン"), particle("を", "ヲ"))));

        assertThat(slugger(reader).slugify("私は東京へ本を").value()).isEqualTo("watashi-wa-tokyo-e-hon-o");
    }

    @Test
    void haHeAndWoThatAreNotParticlesKeepTheirReading() {
        TableReader reader = new TableReader(Map.of("は", List.of(word("は", "ハ")), "へ", List.of(word("へ", "ヘ"))));

        assertThat(slugger(reader).slugify("は").value()).isEqualTo("ha");
        assertThat(slugger(reader).slugify("へ").value()).isEqualTo("he");
    }

    @Test
    void attachedEndingsJoinTheWordBeforeAndLongVowelsAreWrittenOnce() {
        TableReader reader = new TableReader(Map.of(
                "行こう", List.of(word("行こ", "イコ"), attached("う", "ウ")),
                "行った", List.of(word("行っ", "イッ"), attached("た", "タ")),
                "ます", List.of(attached("ます", "マス"))));

        assertThat(slugger(reader).slugify("行こう").value()).isEqualTo("iko");
        assertThat(slugger(reader).slugify("行った").value()).isEqualTo("itta");
        assertThat(slugger(reader).slugify("ます").value()).as("attached at the start: a word").isEqualTo("masu");
    }

    @Test
    void aWordWithoutAReadingIsWrittenFromItsKanaAndItsKanjiLeftOut() {
        TableReader reader = new TableReader(Map.of(
                "タリバンの喀尔", List.of(word("タリバン", ""), particle("の", "ノ"), word("喀尔", ""))));

        assertThat(slugger(reader).slugify("タリバンの喀尔").value()).isEqualTo("tariban-no");
    }

    @Test
    void digitsBeforeAndInsideARunGoToTheReaderAndAreWrittenOnce() {
        TableReader reader = new TableReader(Map.of(
                "2024年", List.of(word("2024", ""), word("年", "ネン")),
                "第３回", List.of(word("第", "ダイ"), word("３", "サン"), word("回", "カイ"))));

        assertThat(slugger(reader).slugify("2024年").value()).isEqualTo("2024-nen");
        assertThat(slugger(reader).slugify("第３回").value()).as("digits stay digits").isEqualTo("dai-3-kai");
        assertThat(reader.asked).containsExactly("2024年", "第３回");
    }

    @Test
    void aWordAcrossTheDigitsBeforeARunDoesNotWriteThemTwice() {
        TableReader reader = new TableReader(Map.of("2024年", List.of(word("2024年", "2024ネン"))));

        assertThat(slugger(reader).slugify("2024年").value()).isEqualTo("2024-nen");
    }

    @Test
    void onlyTheJapaneseRunsGoToTheReader() {
        TableReader reader = new TableReader(Map.of("東京", List.of(word("東京", "トウキョウ")),
                "大阪", List.of(word("大阪", "オオサカ"))));

        assertThat(slugger(reader).slugify("Tokyo「東京」vs. 大阪!").value()).isEqualTo("tokyo-tokyo-vs-osaka");
        assertThat(reader.asked).containsExactly("東京", "大阪");
    }

    @Test
    void aReaderIsUsedForJapaneseTitlesOnly() {
        TableReader reader = new TableReader(Map.of());
        Slugger root = Slugger.builder().japaneseReader(reader).build();

        assertThat(root.slugify("北京欢迎你").value()).isEqualTo("bei-jing-huan-ying-ni");
        assertThat(Slugger.builder().locale(Locale.forLanguageTag("zh")).japaneseReader(reader).build()
                .slugify("北京 と 東京").value()).isEqualTo("bei-jing-to-dong-jing");
        assertThat(reader.asked).isEmpty();
    }

    @Test
    void readingsWithAnythingButKanaAreWrittenSafely() {
        TableReader reader = new TableReader(Map.of("東京", List.of(word("東京", "Tō-kyō!? 東京 ①"),
                word("京", "\u0000\uD800"))));

        Slug slug = slugger(reader).slugify("東京");

        assertThat(slug.value()).isEqualTo("tky");
        assertThat(slug.isAscii()).isTrue();
    }

    @Test
    void aReaderThatReadsNothingLeavesNothingUsable() {
        assertThatThrownBy(() -> slugger(new TableReader(Map.of())).slugify("東京"))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("title: must contain a letter or digit that can be written in a slug (only punctuation,"
                        + " symbols, emoji or spaces found) (was \"東京\")");
    }

    @Test
    void aReaderReturningNullIsReportedAsABrokenReader() {
        JapaneseReader broken = text -> null;

        assertThatThrownBy(() -> Slugger.builder().locale(Locale.JAPANESE).japaneseReader(broken).build().slugify("東京"))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith(".read returned null");
    }

    @Test
    void theReaderIsShownAndReturned() {
        TableReader reader = new TableReader(Map.of());
        Slugger slugger = slugger(reader);

        assertThat(slugger.japaneseReader()).containsSame(reader);
        assertThat(slugger.withFallback("x-untitled").japaneseReader()).containsSame(reader);
        assertThat(slugger).hasToString("Slugger[locale=ja, separator=-, maxLength=80, ascii, japaneseReader=TableReader]");
        assertThatThrownBy(() -> Slugger.builder().japaneseReader(null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("reader");
    }

    @Test
    void wordsCheckTheirComponents() {
        assertThatThrownBy(() -> new JapaneseWord("", "ア", Role.WORD))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("surface: must not be empty (was \"\")");
        assertThatThrownBy(() -> new JapaneseWord(null, "ア", Role.WORD))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("surface");
        assertThatThrownBy(() -> new JapaneseWord("ア", null, Role.WORD))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("reading");
        assertThatThrownBy(() -> new JapaneseWord("ア", "ア", null))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("role");
        assertThat(new JapaneseWord("東京", "トウキョウ", Role.WORD)).isEqualTo(word("東京", "トウキョウ"));
    }
}
