package dev.byline.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.RelatedPost;
import java.util.EnumMap;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScoredPostTest {

    private static EnumMap<Signal, Double> signals(double tags) {
        EnumMap<Signal, Double> values = new EnumMap<>(Signal.class);
        for (Signal s : Signal.values()) {
            values.put(s, 0.0);
        }
        values.put(Signal.TAGS, tags);
        return values;
    }

    private static RelatedPost post(Article a) {
        return RelatedPost.builder().title(a.title()).url(a.canonicalUrl().orElseThrow()).build();
    }

    @Test
    void equalWhenArticlePostScoreAndSignalsAreEqual() {
        Article a = Archive.query();
        Article b = Archive.queryTurkish();
        ScoredPost base = new ScoredPost(a, post(a), 1.0, signals(1.0));
        ScoredPost same = new ScoredPost(a, post(a), 1.0, signals(1.0));
        assertThat(base.equals(base)).isTrue();
        assertThat(base.equals(same)).isTrue();
        assertThat(base.hashCode()).isEqualTo(same.hashCode());
        assertThat(base.equals(new ScoredPost(b, post(a), 1.0, signals(1.0)))).isFalse();
        assertThat(base.equals(new ScoredPost(a, post(b), 1.0, signals(1.0)))).isFalse();
        assertThat(base.equals(new ScoredPost(a, post(a), 2.0, signals(1.0)))).isFalse();
        assertThat(base.equals(new ScoredPost(a, post(a), 1.0, signals(0.5)))).isFalse();
        assertThat(base.equals("1.000 moscow-taliban")).isFalse();
        assertThat(base.equals(null)).isFalse();
        assertThat(base.hashCode()).isNotEqualTo(new ScoredPost(a, post(a), 2.0, signals(1.0)).hashCode());
    }

    @Test
    void readsItsParts() {
        Article a = Archive.query();
        ScoredPost p = new ScoredPost(a, post(a), 1.5, signals(1.0));
        assertThat(p.article()).isSameAs(a);
        assertThat(p.post()).isEqualTo(post(a));
        assertThat(p.score()).isEqualTo(1.5);
        assertThat(p.signal(Signal.TAGS)).isEqualTo(1.0);
        assertThat(p.signals()).hasSize(6);
        assertThat(p.toString()).isEqualTo(String.format(Locale.ROOT, "%.3f moscow-taliban (en) \"%s\"", 1.5, a.title()));
    }
}
