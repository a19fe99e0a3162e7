package dev.byline.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Body;
import dev.byline.BodyFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextTest {

    @Test
    void htmlBlocksBecomeParagraphsAndHiddenContentIsDropped() {
        String html = "<h1>Head</h1><p>One&nbsp;two <b>three</b><br>four</p><script>var x = 1;</script>"
                + "<style>p{}</style><ul><li>a</li><li>b</li></ul><p>x<img alt='pic'>y</p>";
        assertThat(PlainText.fromHtml(html)).isEqualTo("Head\n\nOne two three\nfour\n\na\n\nb\n\nxy");
    }

    @Test
    void malformedHtmlStillGivesItsText() {
        assertThat(PlainText.fromHtml("<p>open <b>bold <i>both</p> after &amp; &lt;tag&gt; &bogus;"))
                .isEqualTo("open bold both\n\nafter & <tag> &bogus;");
        assertThat(PlainText.fromHtml("")).isEmpty();
        assertThat(PlainText.fromHtml("a < b > c")).isEqualTo("a < b > c");
    }

    @ParameterizedTest(name = "markdown \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            '# Title *here* #'                              | 'Title here'
            'Setext\\n==='                                  | 'Setext'
            'Some **bold** and _em_ text'                   | 'Some bold and em text'
            'snake_case_word and 2 * 3 * 4'                 | 'snake_case_word and 2 * 3 * 4'
            'un*frigging*believable'                        | 'unfriggingbelievable'
            'a `code_span *x*` b'                           | 'a code_span *x* b'
            'see [the link](https://x.org/a_(b)) now'       | 'see the link now'
            'see [the ref][r] now\\n\\n[r]: https://x.org'  | 'see the ref now'
            'an ![image](i.png) here'                       | 'an here'
            'auto <https://auto.link/x> link'               | 'auto https://auto.link/x link'
            '\\*literal\\* \\_x\\_'                         | '*literal* _x_'
            '~~struck~~ text'                               | 'struck text'
            'A &amp; B <em>html</em>'                       | 'A & B html'
            '- one\\n- two\\n  1. three'                    | 'one\\n\\ntwo\\n\\nthree'
            '- [x] done\\n- [ ] todo'                       | 'done\\n\\ntodo'
            '> quoted\\n> more'                             | 'quoted more'
            'above\\n\\n---\\n\\nbelow'                     | 'above\\n\\nbelow'
            '```java\\nint x = 1;\\n```'                    | 'int x = 1;'
            '| a | b |\\n|---|:-:|\\n| c \\| d | e |'     | 'a b\\nc | d e'
            'code `<b>` stays'                              | 'code <b> stays'
            """)
    void markdownCommonConstructs(String markdown, String expected) {
        assertThat(PlainText.fromMarkdown(markdown.replace("\\n", "\n")))
                .isEqualTo(expected.replace("\\n", "\n"));
    }

    @Test
    void plainTextIsCollapsedAndBodiesDispatchOnFormat() {
        assertThat(PlainText.fromText("  one\ttwo\nthree\n\n\n four  ")).isEqualTo("one two three\n\nfour");
        assertThat(PlainText.of(Body.of(BodyFormat.HTML, "<p>a</p><p>b</p>"))).isEqualTo("a\n\nb");
        assertThat(PlainText.of(Body.of(BodyFormat.MARKDOWN, "*a*"))).isEqualTo("a");
        assertThat(PlainText.of(Body.of(BodyFormat.TEXT, "<p>a</p>"))).isEqualTo("<p>a</p>");
    }
}
