package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.ULocale;
import dev.byline.slug.internal.DictionaryWords.Script;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DictionaryWords} cuts runs where ICU's word break iterator does: on real titles and on
 * runs generated from each dictionary's own words, with unknown text, marks, digits and, in Thai,
 * {@code ฯ} and {@code ๆ} between them.
 */
class DictionaryWordsTest {

    /** Generated runs per script and test. */
    private static final int RUNS = 20_000;

    private static final String[] ICU_NAME = {"Thai", "Laoo", "Khmr", "Mymr"};

    /** ICU's boundaries of {@code run}, from 0 to its length. */
    static int[] icu(String run) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(run);
        List<Integer> bounds = new ArrayList<>();
        for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
            bounds.add(b);
        }
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void assertCutsAsIcu(String run, Script script) {
        assertThat(DictionaryWords.cut(run, script)).as("%s run %s", script, escaped(run)).isEqualTo(icu(run));
    }

    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder(s).append(" [");
        s.chars().forEach(c -> sb.append(String.format(" %04X", c)));
        return sb.append(" ]").toString();
    }

    @ParameterizedTest
    @EnumSource(Script.class)
    void eachDictionaryIsReadFromIcu(Script script) {
        assertThat(script.dictionary()).as("%s dictionary read from ICU's jar", script).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Script.class)
    void theClassesAreIcusProperties(Script script) {
        String name = ICU_NAME[script.ordinal()];
        UnicodeSet words = new UnicodeSet("[[:" + name + ":]&[:LineBreak=SA:]]");
        UnicodeSet marks = new UnicodeSet("[[:" + name + ":]&[:LineBreak=SA:]&[:M:]]");
        UnicodeSet digits = new UnicodeSet("[[:" + name + ":]&[:Nd:]]");
        for (int c = script.base; c < script.base + 0xA0; c++) {
            assertThat(script.is(c, Script.WORD)).as("%s word U+%04X", script, c).isEqualTo(words.contains(c));
            assertThat(script.is(c, Script.MARK)).as("%s mark U+%04X", script, c).isEqualTo(marks.contains(c));
            assertThat(script.is(c, Script.DIGIT)).as("%s digit U+%04X", script, c)
                    .isEqualTo(digits.contains(c));
            if (script.is(c, Script.END)) {
                assertThat(words.contains(c)).as("%s end U+%04X is a dictionary letter", script, c).isTrue();
            }
        }
        assertThat(script.is(script.base - 1, Script.WORD)).isFalse();
        assertThat(script.is(script.base + 0xA0, Script.WORD)).isFalse();
    }

    static Stream<String> titles() {
        return Stream.of("รัฐบาลไทยประกาศแผนพัฒนาเศรษฐกิจภาคเหนือ", "นักวิเคราะห์มองความสัมพันธ์ระหว่างรัสเซียกับอัฟกานิสถาน",
                "หนังสือดีๆ", "สำหรับเด็กและครอบครัวในช่วงวันหยุดยาว", "ธนาคารแห่งประเทศไทย", "กรุงเทพมหานคร",
                "ประชุมฯ", "ฯลฯ", "ๆๆ", "๒๕๖๘", "ปี๒๕๖๘", "ลอนดอน", "ข่าว",
                "ລັດຖະບານລາວ", "ປະກາດແຜນພັດທະນາເສດຖະກິດແຫ່ງຊາດ", "ຫຼວງພະບາງ", "ຕ້ອນຮັບນັກທ່ອງທ່ຽວຕ່າງປະເທດ", "ສະເຫຼີມສະຫຼອງວັນຊາດ",
                "ໜັງສືພິມ", "໒໐໒໔",
                "រដ្ឋាភិបាលកម្ពុជាប្រកាសផែនការអភិវឌ្ឍន៍សេដ្ឋកិច្ចថ្មី", "ស្វាគមន៍ភ្ញៀវទេសចរបរទេស", "ព័ត៌មានថ្មីៗ", "២០២៤",
                "មាន៖", "មន្ត្រី", "៛១០០",
                "မြန်မာနိုင်ငံ", "ကျောင်းသားများအတွက်", "စာကြည့်တိုက်အသစ်", "၂၀၂၄", "ရန်ကုန်မြို့", "မြန်မာ၊");
    }

    @ParameterizedTest
    @MethodSource("titles")
    void titlesAreCutAsIcuCutsThem(String run) {
        int c = run.charAt(0);
        Script script = Thai.isThai(c) ? Script.THAI : Thai.isLao(c) ? Script.LAO
                : Khmer.covers(c) ? Script.KHMER : Script.MYANMAR;
        assertCutsAsIcu(run, script);
    }

    /** Every word of {@code script}'s dictionary, read from the trie itself. */
    static List<String> words(Script script) throws IOException {
        byte[] file;
        try (InputStream in = BytesTrie.class.getResourceAsStream(
                DictionaryWords.DATA + script.file + ".dict")) {
            file = in.readAllBytes();
        }
        byte[] trie = DictionaryWords.trie(file, script.base);
        assertThat(trie).isNotNull();
        List<String> words = new ArrayList<>();
        for (BytesTrie.Entry e : new BytesTrie(trie, 0)) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < e.bytesLength(); i++) {
                sb.append((char) (script.base + (e.byteAt(i) & 0xFF)));
            }
            words.add(sb.toString());
        }
        return words;
    }

    @ParameterizedTest
    @EnumSource(Script.class)
    void generatedRunsAreCutAsIcuCutsThem(Script script) throws IOException {
        List<String> words = words(script);
        assertThat(words).hasSizeGreaterThan(10_000);
        List<Character> letters = new ArrayList<>();
        List<Character> marks = new ArrayList<>();
        for (int c = script.base; c < script.base + 0xA0; c++) {
            if (script.is(c, Script.WORD)) {
                (script.is(c, Script.MARK) ? marks : letters).add((char) c);
            }
        }
        Random random = new Random(script.ordinal() * 7919L + 13);
        int cutByOwnCode = 0;
        for (int n = 0; n < RUNS; n++) {
            StringBuilder run = new StringBuilder();
            int parts = 1 + random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                int kind = random.nextInt(20);
                if (kind < 13) {
                    run.append(words.get(random.nextInt(words.size())));
                } else if (kind < 16) {
                    for (int k = random.nextInt(3); k >= 0; k--) {
                        run.append(letters.get(random.nextInt(letters.size())));
                    }
                } else if (kind < 18) {
                    run.append(marks.get(random.nextInt(marks.size())));
                } else if (script == Script.THAI) {
                    run.append(random.nextBoolean() ? 'ฯ' : 'ๆ');
                } else {
                    String w = words.get(random.nextInt(words.size()));
                    run.append(w, 0, 1 + random.nextInt(w.length()));
                }
            }
            String s = run.toString();
            assertCutsAsIcu(s, script);
            if (DictionaryWords.cutsItself(s, script)) {
                cutByOwnCode++;
            }
        }
        assertThat(cutByOwnCode).as("runs cut by DictionaryWords itself, not by ICU").isGreaterThan(RUNS * 8 / 10);
    }

    @ParameterizedTest
    @EnumSource(Script.class)
    void runsOfAnyLettersAndMarksAreCutAsIcuCutsThem(Script script) {
        List<Character> word = new ArrayList<>();
        for (int c = script.base; c < script.base + 0xA0; c++) {
            if (script.is(c, Script.WORD)) {
                word.add((char) c);
            }
        }
        Random random = new Random(script.ordinal() + 55L);
        for (int n = 0; n < RUNS; n++) {
            char[] run = new char[1 + random.nextInt(30)];
            for (int i = 0; i < run.length; i++) {
                run[i] = word.get(random.nextInt(word.size()));
            }
            assertCutsAsIcu(new String(run), script);
        }
    }

    @ParameterizedTest
    @EnumSource(Script.class)
    void runsWithOtherCharactersAreCutByIcu(Script script) throws IOException {
        List<String> words = words(script);
        Random random = new Random(script.ordinal() + 101L);
        for (int n = 0; n < 500; n++) {
            StringBuilder run = new StringBuilder();
            for (int p = 1 + random.nextInt(5); p > 0; p--) {
                run.append(words.get(random.nextInt(words.size())));
                if (random.nextInt(3) == 0) {
                    run.append((char) (script.base + random.nextInt(0x80)));
                }
            }
            String s = run.toString();
            assertCutsAsIcu(s, script);
            assertThat(DictionaryWords.cutsItself(s, script)).isEqualTo(s.chars().allMatch(c -> script.is(c, Script.WORD))
                    && !script.is(s.charAt(0), Script.MARK));
        }
    }

    @Test
    void icusDictionariesCanBeReadWhenIcuIsAModule() throws Exception {
        Path[] icu = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.contains("icu4j")).map(Path::of).toArray(Path[]::new);
        assertThat(icu).hasSize(1);
        Configuration config = ModuleLayer.boot().configuration()
                .resolve(ModuleFinder.of(icu), ModuleFinder.of(), Set.of("com.ibm.icu"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
        Class<?> trie = layer.findLoader("com.ibm.icu").loadClass(BytesTrie.class.getName());
        assertThat(trie.getModule().isNamed()).isTrue();
        for (Script script : Script.values()) {
            try (InputStream in = trie.getResourceAsStream(DictionaryWords.DATA + script.file + ".dict")) {
                assertThat(in).as(script.file).isNotNull();
                assertThat(DictionaryWords.trie(in.readAllBytes(), script.base)).as(script.file).isNotNull();
            }
        }
    }

    @Test
    void aShortRunIsOneWordAndAnEmptyOneNone() {
        assertThat(DictionaryWords.cut("กขค", Script.THAI)).containsExactly(0, 3);
        assertThat(DictionaryWords.cut("ก", Script.LAO)).containsExactly(0, 1);
        assertThat(DictionaryWords.cut("", Script.KHMER)).containsExactly(0);
        assertThat(DictionaryWords.cut("๒๕๖๘", Script.THAI)).containsExactly(0, 4);
        assertThat(DictionaryWords.cutsItself("ไทย", Script.THAI)).isTrue();
        assertThat(DictionaryWords.cutsItself("ไทย", Script.LAO)).as("another script").isFalse();
        assertThat(DictionaryWords.cutsItself("\u0E48ไทย", Script.THAI)).as("starts with a mark").isFalse();
        assertThat(DictionaryWords.cutsItself("ไทย๒", Script.THAI)).as("a digit among letters").isFalse();
    }

    @Test
    void aFileThatIsNotAnIcuDictionaryIsNotRead() throws IOException {
        byte[] file;
        try (InputStream in = BytesTrie.class.getResourceAsStream(DictionaryWords.DATA + "thaidict.dict")) {
            file = in.readAllBytes();
        }
        assertThat(DictionaryWords.trie(file, 0x0E00)).isNotNull();
        assertThat(DictionaryWords.trie(file, 0x0E80)).as("another script's block").isNull();
        assertThat(DictionaryWords.trie(Arrays.copyOf(file, 40), 0x0E00)).as("cut short").isNull();
        assertThat(DictionaryWords.trie(new byte[10], 0x0E00)).as("too short for a header").isNull();
        byte[] magic = file.clone();
        magic[2] = 0;
        assertThat(DictionaryWords.trie(magic, 0x0E00)).as("no ICU data header").isNull();
        byte[] format = file.clone();
        format[12] = 'X';
        assertThat(DictionaryWords.trie(format, 0x0E00)).as("not a dictionary").isNull();
    }
}
