package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.jackson.Fixtures.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One wire format across the generations: what Jackson 2 writes, Jackson 3 reads to an equal
 * article and writes to identical bytes, and back, for every golden file and for generated
 * articles; bad documents fail the same way, with the same message, in both.
 */
class CrossGenerationTest {

    private static final Adapter.Codec TWO = Jackson2.INSTANCE.hardened();
    private static final Adapter.Codec THREE = Jackson3.INSTANCE.hardened();

    @ParameterizedTest
    @EnumSource(Golden.class)
    void eachGenerationReadsWhatTheOtherWroteToIdenticalBytes(Golden golden) throws Exception {
        String text = Fixtures.resource(golden.resource());
        Article byTwo = TWO.read(text);
        Article byThree = THREE.read(text);
        assertThat(byThree).isEqualTo(byTwo);
        String writtenByTwo = TWO.write(byTwo);
        String writtenByThree = THREE.write(byThree);
        assertThat(writtenByThree).isEqualTo(writtenByTwo);
        assertThat(THREE.read(writtenByTwo)).isEqualTo(byTwo);
        assertThat(TWO.read(writtenByThree)).isEqualTo(byThree);
        assertThat(THREE.pretty(byTwo)).isEqualTo(TWO.pretty(byThree)).isEqualTo(text);
        if (byTwo.status() == dev.byline.Status.PUBLISHED) {
            assertThat(Jackson3.INSTANCE.jsonLd(byTwo)).isEqualTo(Jackson2.INSTANCE.jsonLd(byTwo));
        }
    }

    static Stream<Article> generated() {
        List<Article> articles = new ArrayList<>();
        Random random = new Random(20261206);
        for (int i = 0; i < 200; i++) {
            articles.add(Samples.generated(random, i));
        }
        return articles.stream();
    }

    @ParameterizedTest
    @MethodSource("generated")
    void generatedArticlesCrossInBothDirections(Article article) throws Exception {
        byte[] two = TWO.writeBytes(article);
        byte[] three = THREE.writeBytes(article);
        assertThat(three).isEqualTo(two);
        assertThat(THREE.read(two, Article.class)).isEqualTo(article);
        assertThat(TWO.read(three, Article.class)).isEqualTo(article);
    }

    private static final Adapter.Codec TWO_STOCK = Jackson2.INSTANCE.stock();
    private static final Adapter.Codec THREE_STOCK = Jackson3.INSTANCE.stock();

    static Stream<Arguments> badDocuments() {
        return BadDocumentsTest.table().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void badDocumentsFailWithTheSameMessageInBoth(BadDocumentsTest.Bad bad) {
        Throwable two = org.assertj.core.api.Assertions.catchThrowable(() -> TWO_STOCK.read(bad.json));
        Throwable three = org.assertj.core.api.Assertions.catchThrowable(() -> THREE_STOCK.read(bad.json));
        assertThat(two).isInstanceOf(Jackson2.INSTANCE.failure(bad.type));
        assertThat(three).isInstanceOf(Jackson3.INSTANCE.failure(bad.type));
        if (bad.type != Adapter.Failure.MALFORMED) {
            assertThat(firstLine(three.getMessage())).isEqualTo(firstLine(two.getMessage()));
        }
    }

    /** The message without Jackson's location, which each generation words its own way. */
    private static String firstLine(String message) {
        int end = message.indexOf("\n at [");
        return end < 0 ? message : message.substring(0, end);
    }
}
