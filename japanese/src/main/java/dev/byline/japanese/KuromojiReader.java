package dev.byline.japanese;

import dev.byline.slug.spi.JapaneseReader;
import dev.byline.slug.spi.JapaneseWord;
import dev.byline.slug.spi.JapaneseWord.Role;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.ja.JapaneseIterationMarkCharFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Reads Japanese with Lucene's Kuromoji morphological analyzer ({@code lucene-analysis-kuromoji}
 * 9.12) and the IPADIC dictionary it ships: splits a run of kanji and kana into words and gives
 * each its dictionary reading in katakana ({@code 東京の天気} is {@code 東京 トウキョウ},
 * {@code の ノ}, {@code 天気 テンキ}). byline-core's {@code Slugger} finds it through
 * {@link java.util.ServiceLoader} and romanizes the readings by modified Hepburn.
 *
 * <p>What it does with Kuromoji's analysis:
 * <ul>
 *   <li>The tokenizer runs in {@code NORMAL} mode (compounds stay whole: {@code 東京都庁} is
 *       {@code 東京 | 都庁}), without a user dictionary, punctuation discarded. Kana iteration
 *       marks are first spelled out by Lucene's {@link JapaneseIterationMarkCharFilter}
 *       ({@code こゝろ} is read as {@code こころ}); {@code 々} is left to the dictionary, which
 *       knows {@code 人々 ヒトビト}.</li>
 *   <li>The reading is the dictionary's reading, spelled as written ({@code トウキョウ}), not its
 *       pronunciation ({@code トーキョー}); the slugger writes long vowels once. Where the
 *       dictionary pronounces a final {@code ハ} as {@code ワ} in a word that ends in the particle
 *       (greetings: {@code こんにちは}), the pronunciation's {@code ワ} is given, so that it is
 *       {@code konnichiwa}. A counter right after a number has its counter reading, which
 *       Kuromoji does not always choose ({@code 7月} is {@code 7 ガツ}, not the moon {@code ツキ};
 *       a table of 27 common counters; irregular forms such as {@code 1日 ツイタチ} are read
 *       regularly, {@code 1-nichi}). A word the dictionary does not know (a rare name, a new
 *       katakana word) has no reading: the slugger writes its kana and leaves its kanji out.</li>
 *   <li>Parts of speech decide the {@link Role}: particles ({@code 助詞}) are
 *       {@link Role#PARTICLE}; auxiliary verbs ({@code 助動詞}), dependent verbs and adjectives
 *       ({@code 動詞-非自立}, {@code 動詞-接尾}, {@code 形容詞-非自立}) and conjunctive particles
 *       ({@code 助詞-接続助詞}, the {@code て} of {@code 食べて}) right after a verb, an adjective
 *       or an auxiliary are {@link Role#ATTACHED} ({@code 食べた tabeta}, {@code 食べて tabete});
 *       a dependent verb after {@code て} starts a word, as Hepburn texts write it
 *       ({@code 食べている tabete-iru}, {@code しています shite-imasu}); noun suffixes
 *       ({@code 名詞-接尾}) join the noun before ({@code 指導者 shidosha}, {@code 発売日
 *       hatsubaibi}), except a name's honorific ({@code 田中さん tanaka-san}) and a counter
 *       ({@code 10冊 10-satsu}); everything else is a {@link Role#WORD}, so the copula after a
 *       noun stands apart ({@code 学生です gakusei-desu}). A word that begins with a small kana
 *       or {@code ー}, which no word can, or follows a word ending in a small {@code っ}, joins
 *       the word before: the
 *       dictionary split an unknown hiragana word there ({@code がっこう}, read as
 *       {@code がっ | こう}, is still {@code gakko}). Other splits of words written in hiragana
 *       that the dictionary knows in kanji stay ({@code すうがく su-gaku}, where {@code 数学}
 *       is {@code sugaku}).</li>
 * </ul>
 *
 * <p>The dictionary (about 11 MB of jars with Lucene) is loaded on the first title that needs it,
 * not when the reader is created, so having the add-on costs nothing until a Japanese title with
 * kanji or kana is slugged. Thread-safe: tokenizers are not, so each call borrows one from a small
 * pool (at most {@value #MAX_POOLED} kept) or makes a new one.
 */
public final class KuromojiReader implements JapaneseReader {

    /**
     * Counters after a number, with their counter reading: Kuromoji reads {@code 7月} as
     * {@code 7 ツキ} (the moon) where every reader says {@code シチガツ}.
     */
    static final Map<String, String> COUNTERS = Map.ofEntries(
            Map.entry("年", "ネン"), Map.entry("月", "ガツ"), Map.entry("日", "ニチ"), Map.entry("時", "ジ"),
            Map.entry("分", "フン"), Map.entry("秒", "ビョウ"), Map.entry("人", "ニン"), Map.entry("歳", "サイ"),
            Map.entry("円", "エン"), Map.entry("回", "カイ"), Map.entry("階", "カイ"), Map.entry("本", "ホン"),
            Map.entry("枚", "マイ"), Map.entry("個", "コ"), Map.entry("件", "ケン"), Map.entry("位", "イ"),
            Map.entry("度", "ド"), Map.entry("号", "ゴウ"), Map.entry("倍", "バイ"), Map.entry("万", "マン"),
            Map.entry("億", "オク"), Map.entry("兆", "チョウ"), Map.entry("千", "セン"), Map.entry("百", "ヒャク"),
            Map.entry("代", "ダイ"), Map.entry("周年", "シュウネン"), Map.entry("世紀", "セイキ"));

    /** Most idle tokenizers kept for reuse: {@value}. */
    static final int MAX_POOLED = 16;

    private final ConcurrentLinkedQueue<Analysis> pool = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pooled = new AtomicInteger();

    /**
     * Creates a reader. Cheap: the dictionary is loaded on first use. {@link java.util.ServiceLoader}
     * calls this; applications need not.
     */
    public KuromojiReader() {}

    /**
     * Splits Japanese text into words with their readings.
     *
     * @param text a run of kanji and kana; not null
     * @return the words in text order; empty for empty text
     */
    @Override
    public List<JapaneseWord> read(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return List.of();
        }
        Analysis analysis = pool.poll();
        if (analysis == null) {
            analysis = new Analysis();
        } else {
            pooled.decrementAndGet();
        }
        List<JapaneseWord> words = analysis.read(text); // on an exception the tokenizer is dropped
        if (pooled.incrementAndGet() <= MAX_POOLED) {
            pool.offer(analysis);
        } else {
            pooled.decrementAndGet();
        }
        return words;
    }

    /** The name of the analyzer, for logs. */
    @Override
    public String toString() {
        return "KuromojiReader[Lucene Kuromoji, IPADIC, normal mode]";
    }

    /** One tokenizer with its attributes; used by one thread at a time. */
    private static final class Analysis {
        private final JapaneseTokenizer tokenizer =
                new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
        private final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
        private final PartOfSpeechAttribute partOfSpeech = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);

        List<JapaneseWord> read(String text) {
            List<JapaneseWord> words = new ArrayList<>();
            try {
                StringReader in = new StringReader(text);
                tokenizer.setReader(hasKanaIterationMark(text) ? new JapaneseIterationMarkCharFilter(in, false, true) : in);
                tokenizer.reset();
                @Nullable String previous = null;
                while (tokenizer.incrementToken()) {
                    int start = offset.startOffset();
                    int end = offset.endOffset();
                    if (start < 0 || end > text.length() || start >= end) {
                        continue;
                    }
                    String pos = partOfSpeech.getPartOfSpeech();
                    String pos2 = pos == null ? "" : pos;
                    String surface = text.substring(start, end);
                    String counter = previous != null && previous.startsWith("名詞-数") ? COUNTERS.get(surface) : null;
                    boolean inside = !words.isEmpty() && (cannotStartAWord(surface.charAt(0)) || endsWithSmallTsu(words));
                    Role role = inside ? Role.ATTACHED : role(pos2, previous);
                    words.add(new JapaneseWord(surface, counter != null ? counter : reading(pos2), role));
                    previous = pos2;
                }
                tokenizer.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringReader does not throw
            } finally {
                try {
                    tokenizer.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return words;
        }

        private static boolean hasKanaIterationMark(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == 'ゝ' || c == 'ゞ' || c == 'ヽ' || c == 'ヾ') {
                    return true;
                }
            }
            return false;
        }

        private String reading(String pos) {
            String r = reading.getReading();
            if (r == null) {
                return "";
            }
            String p = reading.getPronunciation();
            if (!pos.startsWith("助詞") && r.length() > 1 && r.endsWith("ハ") && p != null && p.endsWith("ワ")) {
                return r.substring(0, r.length() - 1) + "ワ"; // こんにちは konnichiwa
            }
            return r;
        }

        /**
         * A small kana or the long vowel mark, which cannot begin a word: a token that starts
         * with one is a split the dictionary made inside an unknown hiragana word
         * ({@code がっこう} as {@code が | っこう}); it joins the word before.
         */
        private static boolean cannotStartAWord(char c) {
            return "っゃゅょぁぃぅぇぉゎッャュョァィゥェォヮー".indexOf(c) >= 0;
        }

        /** Whether the last word ends with a small tsu, which doubles the consonant after it. */
        private static boolean endsWithSmallTsu(List<JapaneseWord> words) {
            String last = words.get(words.size() - 1).surface();
            char c = last.charAt(last.length() - 1);
            return c == 'っ' || c == 'ッ';
        }

        private static Role role(String pos, @Nullable String previous) {
            boolean afterInflecting = previous != null
                    && (previous.startsWith("動詞") || previous.startsWith("形容詞") || previous.startsWith("助動詞"));
            if (afterInflecting && (pos.startsWith("助動詞") || pos.startsWith("動詞-非自立") || pos.startsWith("動詞-接尾")
                    || pos.startsWith("形容詞-非自立") || pos.startsWith("助詞-接続助詞"))) {
                return Role.ATTACHED;
            }
            if (previous != null && pos.startsWith("名詞-接尾") && !pos.startsWith("名詞-接尾-人名")
                    && !pos.startsWith("名詞-接尾-助数詞") && !previous.startsWith("名詞-数")) {
                return Role.ATTACHED; // 指導|者 shidosha, 発売|日 hatsubaibi
            }
            return pos.startsWith("助詞") ? Role.PARTICLE : Role.WORD;
        }
    }
}
