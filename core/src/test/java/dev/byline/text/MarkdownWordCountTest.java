package dev.byline.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.Slug;
import dev.byline.Status;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown documents of every kind that matters for text (emphasis, links, images, code spans and
 * blocks, lists, block quotes, tables, HTML, entities, hard breaks) give the plain text a reader
 * sees, and so the right word count, through {@link PlainText}, {@link TextStats} and the
 * article's own {@link Article#wordCount()}.
 */
class MarkdownWordCountTest {

    static java.util.List<MarkdownSamples.Sample> samples() {
        return MarkdownSamples.ALL;
    }

    private static Locale localeOf(MarkdownSamples.Sample sample) {
        return sample.name().startsWith("script") ? Locale.JAPANESE : Locale.ENGLISH;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void plainTextIsWhatAReaderSees(MarkdownSamples.Sample sample) {
        assertThat(PlainText.fromMarkdown(sample.markdown())).isEqualTo(sample.text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void wordCountsAreRight(MarkdownSamples.Sample sample) {
        Body body = Body.of(BodyFormat.MARKDOWN, sample.markdown());
        assertThat(TextStats.wordCount(body, localeOf(sample))).isEqualTo(sample.words());
        Article article = Article.builder()
                .id("a").locale(localeOf(sample)).title("T").slug(Slug.of("t")).body(body)
                .status(Status.PUBLISHED).published(OffsetDateTime.parse("2022-11-21T09:30:00+03:00"))
                .addAuthor(Author.builder().id("au").name("Author").build())
                .build();
        assertThat(article.wordCount()).isEqualTo(sample.words());
    }
}
