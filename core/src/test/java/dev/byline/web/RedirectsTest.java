package dev.byline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.Article;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.InvalidValueException;
import dev.byline.Slug;
import dev.byline.Status;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class RedirectsTest {

    private static final URI SITE = URI.create("https://caspian.example");
    private static final BiFunction<Article, Slug, String> PATH =
            (a, slug) -> "/" + a.locale().toLanguageTag() + "/" + slug.value() + "/";

    private static Article article(String id, String slug, String... previous) {
        Article.Builder b = Article.builder().id(id).locale(Locale.ENGLISH).title("T").slug(Slug.of(slug))
                .body(Body.of(BodyFormat.TEXT, "")).status(Status.DRAFT);
        for (String p : previous) {
            b.addPreviousSlug(Slug.of(p));
        }
        return b.build();
    }

    @Test
    void everyOldPathPointsToTheCurrentUrl() {
        Article renamed = article("a", "border-markets-before-winter", "border-markets", "markets");
        Article withCanonical = article("b", "water-quotas", "water").withCanonicalUrl(URI.create("https://elsewhere.example/wq"));
        Map<String, URI> map = Redirects.permanent(List.of(renamed, withCanonical, article("c", "plain")), SITE, PATH);
        assertThat(map).containsExactly(
                Map.entry("/en/border-markets/", URI.create("https://caspian.example/en/border-markets-before-winter/")),
                Map.entry("/en/markets/", URI.create("https://caspian.example/en/border-markets-before-winter/")),
                Map.entry("/en/water/", URI.create("https://elsewhere.example/wq")));
        assertThatThrownBy(() -> map.put("/x", SITE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void twoArticlesClaimingOneOldPathAreNamed() {
        assertThatThrownBy(() -> Redirects.permanent(List.of(article("a", "one", "old"), article("b", "two", "old")), SITE, PATH))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("previousSlugs: the old path /en/old/ is claimed by both article a and article b");
    }

    @Test
    void anOldPathThatIsLiveIsRefused() {
        assertThatThrownBy(() -> Redirects.permanent(List.of(article("a", "one", "two"), article("b", "two")), SITE, PATH))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("previousSlugs: the old path /en/two/ of article a is the current path of article b");
        assertThatThrownBy(() -> Redirects.permanent(List.of(article("a", "same"), article("b", "same")), SITE, PATH))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("slug: the path /en/same/ is the current path of both article a and article b");
    }

    @Test
    void aPathThatIsNotAPathIsRefused() {
        assertThatThrownBy(() -> Redirects.permanent(List.of(article("a", "one", "old")), SITE, (a, s) -> s.value()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("path: must give a path starting with / (article a, slug one)");
    }
}
