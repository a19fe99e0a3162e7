package dev.byline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inline Markdown where markup characters meet punctuation, spaces and entities; input nested very deeply. */
class CommonMarkTextTest {

    @ParameterizedTest(name = "\"{0}\" reads \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Fish: ><> swim                | Fish: ><> swim
            # <em>Title</em> &amp; more   | Title & more
            &copy; 2025 Byline            | © 2025 Byline
            a *(b)* c                     | a (b) c
            a * b * c                     | a * b * c
            """)
    void inlineMarkupNextToPunctuationSpacesAndEntities(String markdown, String expected) {
        // an angle bracket closing before it opens is text; a heading or paragraph that starts
        // with an entity or a tag is still read as HTML; a delimiter run between a space and a
        // parenthesis opens or closes a span, one between two spaces is text
        assertThat(CommonMarkText.of(markdown)).isEqualTo(expected);
    }

    @Test
    void deeplyNestedBlockQuotesAndListsDoNotExhaustTheStack() {
        assertThat(CommonMarkText.of(">".repeat(100_000) + " deep")).endsWith("deep");
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            list.append("  ".repeat(i)).append("- item\n");
        }
        assertThat(CommonMarkText.of(list.toString())).startsWith("item").endsWith("item");
    }

    @Test
    void deeplyNestedInlinesDoNotExhaustTheStack() {
        assertThat(CommonMarkText.of("[".repeat(100_000) + "x" + "](u)".repeat(100_000))).contains("x");
        assertThat(CommonMarkText.of("*".repeat(50_000) + "x" + "*".repeat(50_000))).contains("x");
        assertThat(CommonMarkText.of("_a ".repeat(50_000) + "x" + " b_".repeat(50_000))).contains("x");
    }
}
