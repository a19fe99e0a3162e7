package org.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.RelatedPost;
import dev.byline.Slug;
import dev.byline.Status;
import dev.byline.related.RelatedOptions;
import dev.byline.related.RelatedPosts;
import dev.byline.related.ScoredPost;
import dev.byline.related.Signal;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Compiled in a foreign package: the related-posts API is usable from outside the library. */
class RelatedPostsPublicApiTest {

    private static Article post(String id, String title, String... tags) {
        return Article.builder()
                .id(id)
                .locale(Locale.ENGLISH)
                .title(title)
                .slug(Slug.of(id))
                .body(Body.of(BodyFormat.TEXT, title))
                .status(Status.PUBLISHED)
                .published(OffsetDateTime.parse("2024-01-01T00:00:00Z"))
                .canonicalUrl(URI.create("https://example.org/" + id))
                .addAuthor(Author.builder().id("a").name("A. Writer").build())
                .addTags(tags)
                .build();
    }

    @Test
    void aCallerOutsideTheLibraryCanIndexQueryAndFillAnArticlesRelatedPosts() {
        Article rivers = post("rivers", "Rivers of the steppe", "Water", "Steppe");
        List<Article> archive = List.of(rivers, post("lakes", "Lakes of the steppe", "Water", "Steppe"),
                post("cities", "Old cities", "History"));
        RelatedPosts index = RelatedPosts.index(archive, RelatedOptions.defaults()
                .withClock(Clock.fixed(Instant.parse("2024-02-01T00:00:00Z"), ZoneOffset.UTC))
                .withWeight(Signal.RECENCY, 0));
        List<ScoredPost> found = index.find(rivers);
        assertThat(found).extracting(p -> p.article().id()).startsWith("lakes");
        List<RelatedPost> posts = index.relatedPosts(rivers);
        assertThat(rivers.withRelated(posts).related().get(0).url()).isEqualTo(URI.create("https://example.org/lakes"));
    }

    @Test
    void theApiTypesAreFinalAndHaveNoPublicConstructors() {
        for (Class<?> type : List.of(RelatedPosts.class, RelatedOptions.class, ScoredPost.class)) {
            assertThat(Modifier.isFinal(type.getModifiers())).as(type.getName()).isTrue();
            assertThat(type.getConstructors()).as(type.getName()).isEmpty();
        }
    }
}
