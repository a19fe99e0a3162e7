package dev.byline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.Body;
import dev.byline.BodyFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyHtmlTest {

    @Test
    void proseSurvivesSanitizingUnchanged() {
        String html = "<h2>Before the snow</h2><p>Flour, <em>fuel</em> and <strong>warm</strong> clothes.</p>"
                + "<blockquote><p>Only the bridge is open.</p></blockquote><ul><li>one</li><li>two</li></ul>"
                + "<p><a href=\"https://example.org/a?b=1&amp;c=2\">a link</a></p>";

        assertThat(BodyHtml.sanitize(html)).isEqualTo(html);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            script element          | <p>a</p><script>alert(1)</script>                  | <p>a</p>
            style element           | <style>p{color:red}</style><p>a</p>                | <p>a</p>
            event handler           | <p onclick="alert(1)">a</p>                        | <p>a</p>
            inline style            | <p style="position:fixed">a</p>                    | <p>a</p>
            javascript URL          | <a href="javascript:alert(1)">a</a>                | <a>a</a>
            data URL image          | <img src="data:image/png;base64,AAAA" alt="x">     | <img alt="x">
            frame                   | <iframe src="https://example.org"></iframe><p>a</p> | <p>a</p>
            form control            | <form><input name="q"></form><p>a</p>              | <p>a</p>
            unclosed tag            | <p>a <b>bold                                       | <p>a <b>bold</b></p>
            ftp link                | <a href="ftp://example.org/f">f</a>                | <a>f</a>
            """)
    void dangerousMarkupIsRemoved(String name, String html, String expected) {
        assertThat(BodyHtml.sanitize(html)).isEqualTo(expected);
    }

    @Test
    void languageAndDirectionAreKeptOnEveryElement() {
        String html = "<p dir=\"rtl\" lang=\"fa\">بازار <span lang=\"en\" dir=\"ltr\">Kabul</span></p>";

        assertThat(BodyHtml.sanitize(html)).isEqualTo(html);
    }

    @Test
    void markdownIsRenderedWithTablesAndStrikeThrough() {
        String markdown = "## Prices\n\nBread *and* ~~salt~~ flour.\n\n| item | price |\n| --- | --- |\n| flour | 12 |\n";

        assertThat(BodyHtml.fromMarkdown(markdown)).isEqualTo("<h2>Prices</h2>\n<p>Bread <em>and</em> <del>salt</del>"
                + " flour.</p>\n<table>\n<thead>\n<tr>\n<th>item</th>\n<th>price</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
                + "<td>flour</td>\n<td>12</td>\n</tr>\n</tbody>\n</table>\n");
    }

    @Test
    void rawHtmlInsideMarkdownIsSanitizedToo() {
        assertThat(BodyHtml.fromMarkdown("Hello <img src=x onerror=alert(1)> world\n\n<script>alert(2)</script>\n"))
                .isEqualTo("<p>Hello <img> world</p>\n\n");
    }

    @Test
    void markdownLinksKeepOnlySafeSchemes() {
        assertThat(BodyHtml.fromMarkdown("[ok](https://example.org/) and [bad](javascript:alert(1))"))
                .isEqualTo("<p><a href=\"https://example.org/\">ok</a> and <a>bad</a></p>\n");
    }

    @Test
    void textBecomesEscapedParagraphs() {
        String text = "First <line> & \"quotes\"\nsame paragraph\n\n  \nSecond's paragraph\n";

        assertThat(BodyHtml.fromText(text)).isEqualTo(
                "<p>First &lt;line&gt; &amp; &quot;quotes&quot;<br>same paragraph</p><p>Second&#39;s paragraph</p>");
    }

    @Test
    void eachFormatGoesItsOwnWay() {
        assertThat(BodyHtml.of(Body.of(BodyFormat.HTML, "<p>a<script>x</script></p>"))).isEqualTo("<p>a</p>");
        assertThat(BodyHtml.of(Body.of(BodyFormat.MARKDOWN, "*a*"))).isEqualTo("<p><em>a</em></p>\n");
        assertThat(BodyHtml.of(Body.of(BodyFormat.TEXT, "<a>"))).isEqualTo("<p>&lt;a&gt;</p>");
        assertThat(BodyHtml.of(Body.of(BodyFormat.TEXT, ""))).isEmpty();
    }

    @Test
    void everyScriptIsKeptAsCharactersNotEntities() {
        String html = "<p>Türkçe, Русский, فارسی, 中文, 😀</p>";

        assertThat(BodyHtml.sanitize(html)).isEqualTo(html);
        assertThat(BodyHtml.fromText("Türkçe, Русский, فارسی, 中文, 😀")).isEqualTo(html);
    }

    @Test
    void nullIsRefusedNamingTheArgument() {
        assertThatThrownBy(() -> BodyHtml.of(null)).isInstanceOf(NullPointerException.class).hasMessage("body");
        assertThatThrownBy(() -> BodyHtml.sanitize(null)).isInstanceOf(NullPointerException.class).hasMessage("html");
    }
}
