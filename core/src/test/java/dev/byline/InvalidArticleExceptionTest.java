package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidArticleExceptionTest {

    @Test
    void messageNamesPathRuleAndValue() {
        InvalidArticleException e = new InvalidArticleException("title", "must not be blank", " ");
        assertThat(e).hasMessage("title: must not be blank (was \" \")");
        assertThat(e.path()).isEqualTo("title");
        assertThat(e.rule()).isEqualTo("must not be blank");
        assertThat(e.value()).contains(" ");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valueIsOptional() {
        InvalidArticleException e = new InvalidArticleException("authors", "must name at least one author", null);
        assertThat(e).hasMessage("authors: must name at least one author");
        assertThat(e.value()).isEmpty();
    }

    @Test
    void longValuesAreShortenedAndInvisibleCharactersEscaped() {
        InvalidArticleException e = new InvalidArticleException("title", "rule", "x".repeat(1000));
        assertThat(e.value().orElseThrow()).hasSize(60).endsWith("…");
        InvalidArticleException bidi = new InvalidArticleException("title", "rule", "a\u202Eb\u0000c\uD800");
        assertThat(bidi).hasMessage("title: rule (was \"a\\u202Eb\\u0000c\\uD800\")");
    }

    @Test
    void shorteningDoesNotSplitSurrogatePairs() {
        String emoji = "😀".repeat(100);
        String shown = new InvalidArticleException("t", "r", emoji).value().orElseThrow();
        assertThat(shown).endsWith("…");
        assertThat(shown.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF).count()).isZero();
        assertThat(shown.substring(0, shown.length() - 1)).matches("(😀)+");
    }

    @Test
    void underNestsThePathAndKeepsTheCause() {
        InvalidArticleException inner = new InvalidArticleException("locale", "must name a language", "und");
        InvalidArticleException outer = inner.under("translations[1]");
        assertThat(outer).hasMessage("translations[1].locale: must name a language (was \"und\")").hasCause(inner);
        assertThat(outer.path()).isEqualTo("translations[1].locale");
        assertThat(new InvalidArticleException("[2]", "r", null).under("tags").path()).isEqualTo("tags[2]");
        assertThat(new InvalidArticleException("", "r", null).under("image").path()).isEqualTo("image");
    }

    @Test
    void plainMessageThatIsNotAMissingAttributeReportIsKept() {
        InvalidArticleException e = new InvalidArticleException("something odd");
        assertThat(e).hasMessage("something odd");
        assertThat(e.path()).isEmpty();
    }
}
