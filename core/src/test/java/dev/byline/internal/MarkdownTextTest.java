package dev.byline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inline Markdown where markup characters meet punctuation, spaces and entities. */
class MarkdownTextTest {

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
        assertThat(MarkdownText.of(markdown)).isEqualTo(expected);
    }
}
