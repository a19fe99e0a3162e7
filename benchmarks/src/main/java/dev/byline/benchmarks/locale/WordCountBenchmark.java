package dev.byline.benchmarks.locale;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.byline.text.TextStats;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * TextStats.wordCount beside a raw ICU BreakIterator loop over the same plain text (about 1,000
 * words of English, or the same length in Thai and Chinese). The raw loop reuses one iterator;
 * byline clones one per call, which is what thread safety costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WordCountBenchmark {

    @Param({"en", "th", "zh"})
    public String language;

    private String text;
    private Locale locale;
    private BreakIterator raw;

    @Setup
    public void setUp() {
        String sentence;
        switch (language) {
            case "th":
                sentence = "ภาษาไทยเป็นภาษาที่ไม่มีการเว้นวรรคระหว่างคำ แต่เว้นวรรคระหว่างประโยค ";
                break;
            case "zh":
                sentence = "我们今天去北京大学学习中文。莫斯科与塔利班的关系正在发生变化。";
                break;
            default:
                sentence = "Russia has kept its embassy in Kabul open, and officials meet the Taliban often. ";
        }
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 6_000) {
            sb.append(sentence);
        }
        text = sb.toString();
        locale = Locale.forLanguageTag(language);
        raw = BreakIterator.getWordInstance(ULocale.forLanguageTag(language));
    }

    @Benchmark
    public int byline() {
        return TextStats.wordCount(text, locale);
    }

    @Benchmark
    public int rawBreakIterator() {
        raw.setText(text);
        int count = 0;
        for (int end = raw.next(); end != BreakIterator.DONE; end = raw.next()) {
            if (raw.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                count++;
            }
        }
        return count;
    }
}
