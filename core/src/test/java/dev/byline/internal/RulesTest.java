package dev.byline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.InvalidArticleException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared rules, on the paths the model's hot loops take. */
class RulesTest {

    /** A body of {@code length} ASCII letters with {@code insert} written over it from {@code at}. */
    private static String longBody(int length, int at, String insert) {
        StringBuilder sb = new StringBuilder("x".repeat(length));
        sb.replace(at, at + insert.length(), insert);
        return sb.toString();
    }

    @ParameterizedTest(name = "at {0}")
    @ValueSource(ints = {0, 1, 510, 511, 512, 513, 1023, 1024, 1498})
    void longBodiesAreCheckedAcrossTheirChunks(int at) {
        // a surrogate pair, possibly split between two chunks of the scan
        assertThat(Rules.body("content", longBody(1500, at, "\uD83D\uDE00"), 2000)).isFalse();
        assertThat(Rules.body("content", longBody(1500, at, "\u0439\u4E2D"), 2000)).isTrue();
        assertThat(Rules.body("content", longBody(1500, at, "e\u0301"), 2000)).isFalse();
        assertThat(Rules.body("content", longBody(1500, at, "\n\t"), 2000)).isTrue();
        assertThatThrownBy(() -> Rules.body("content", longBody(1500, at, "\u0001"), 2000))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("content: must not contain control characters (U+0001)");
        assertThatThrownBy(() -> Rules.body("content", longBody(1500, at, "\uD83D"), 2000))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("content: must not contain unpaired surrogates");
        assertThatThrownBy(() -> Rules.body("content", longBody(1500, at, "\uDE00"), 2000))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("content: must not contain unpaired surrogates");
        assertThatThrownBy(() -> Rules.body("content", longBody(1500, at, "\uFFFE"), 2000))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("content: must not contain noncharacters (U+FFFE)");
        assertThatThrownBy(() -> Rules.prose("bio", longBody(1500, at, "\u202E"), 2000))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("bio: must not contain bidi override or isolate characters (U+202E)");
    }

    @Test
    void aLongBodyEndingInAHighSurrogateIsRefused() {
        assertThatThrownBy(() -> Rules.body("content", "x".repeat(1024) + "\uD83D", 2000))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("content: must not contain unpaired surrogates");
    }

    @Test
    void longAndShortBodiesTellNfcAsTheShortcutDoes() {
        java.util.Random random = new java.util.Random(11);
        String[] pieces = {"a", " ", "\n", "\u00E9", "\u0439", "e\u0301", "\u4E2D", "\uD83D\uDE00", "\u0958", "\uAC00"};
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int target = random.nextBoolean() ? random.nextInt(600) : 500 + random.nextInt(2000);
            while (sb.length() < target) {
                // mostly plain letters, sometimes something else
                sb.append(random.nextInt(8) == 0 ? pieces[random.nextInt(pieces.length)] : "a");
            }
            String text = sb.toString();
            assertThat(Rules.body("content", text, 5000)).as("round %d", round).isEqualTo(Text.surelyNfc(text));
        }
    }

    @Test
    void plainProseAndTermsTellNfcAsTheShortcutDoes() {
        java.util.Random random = new java.util.Random(12);
        String[] pieces = {"a", " ", "\u00E9", "\u0439", "e\u0301", "\u4E2D", "\uD83D\uDE00", "\u0958", "\uAC00", "\u0627"};
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder("x");
            int target = 1 + random.nextInt(random.nextBoolean() ? 40 : 700);
            while (sb.length() < target) {
                sb.append(random.nextInt(6) == 0 ? pieces[random.nextInt(pieces.length)] : "b");
            }
            String text = sb.toString();
            boolean expected = Text.surelyNfc(text);
            assertThat(Rules.plain("title", text, 2000)).as("plain, round %d", round).isEqualTo(expected);
            assertThat(Rules.prose("summary", text, 2000)).as("prose, round %d", round).isEqualTo(expected);
            assertThat(Rules.plain("subtitle", Optional.of(text), 2000)).as("optional plain, round %d", round)
                    .isEqualTo(expected);
            assertThat(Rules.prose("bio", Optional.of(text), 2000)).as("optional prose, round %d", round)
                    .isEqualTo(expected);
            assertThat(Rules.plainTerms("tags", List.of("plain", text), 2000, 10)).as("terms, round %d", round)
                    .isEqualTo(expected);
        }
        // an absent value holds nothing to normalize
        assertThat(Rules.plain("subtitle", Optional.empty(), 10)).isTrue();
        assertThat(Rules.prose("bio", Optional.empty(), 10)).isTrue();
        assertThat(Rules.plainTerms("tags", List.of(), 10, 10)).isTrue();
    }

    @Test
    void anAbsentValueIsNotCheckedAndAPresentOneIsCheckedLikeAGivenOne() {
        assertThatThrownBy(() -> Rules.plain("subtitle", Optional.of("a\u0007b"), 10))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("subtitle: must not contain control characters (U+0007)");
        assertThatThrownBy(() -> Rules.prose("bio", Optional.of(" "), 10))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("bio: must not be blank");
    }


    @ParameterizedTest
    @ValueSource(ints = {2, 3, 8, 9, 40})
    void repeatsAreFoundInShortAndLongListsNamingBothEntries(int size) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < size - 1; i++) {
            list.add("term-" + i);
        }
        assertThatCode(() -> Rules.unique("tags", "", list, Function.identity())).doesNotThrowAnyException();
        list.add("term-" + (size / 3));
        assertThatThrownBy(() -> Rules.unique("tags", "", list, Function.identity()))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("tags[" + (size - 1) + "]")
                .hasMessageContaining("must be unique (same as tags[" + (size / 3) + "])");
    }

    @Test
    void listEntriesAreNamedByTheirIndexWhenTheyFail() {
        assertThatThrownBy(() -> Rules.plain("tags", 3, "a\u0007b", 10))
                .isInstanceOf(InvalidArticleException.class).hasMessageStartingWith("tags[3]: ")
                .hasMessageContaining("control characters (U+0007)");
        assertThatThrownBy(() -> Rules.plain("tags", 2, " ", 10)).hasMessageStartingWith("tags[2]: must not be blank");
        assertThatThrownBy(() -> Rules.plain("tags", 1, "x".repeat(11), 10)).hasMessageStartingWith("tags[1]: must be at most 10");
        assertThatThrownBy(() -> Rules.url("sameAs", 4, URI.create("ftp://example.org/")))
                .hasMessageStartingWith("sameAs[4]: must use the http or https scheme");
        assertThatThrownBy(() -> Rules.plain("title", "\u202Ex", 10)).hasMessageStartingWith("title: ")
                .hasMessageContaining("bidi override");
    }

    @Test
    void remembersValidHostsButStillChecksEveryOtherHost() {
        for (int i = 0; i < 3_000; i++) {
            URI good = URI.create("https://host-" + i + ".example.org/a");
            Rules.url("url", good);
            Rules.url("url", good);
        }
        assertThatThrownBy(() -> Rules.url("url", URI.create("https://xn--a.example.org/")))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("UTS #46");
        String tooLong = "a".repeat(64) + ".example.org";
        assertThatThrownBy(() -> Rules.url("url", URI.create("https://" + tooLong + "/")))
                .hasMessageContaining("UTS #46");
        assertThatThrownBy(() -> Rules.url("url", URI.create("https://" + tooLong + "/again")))
                .hasMessageContaining("UTS #46");
    }

    @Test
    void nfcOfListsAndOptionalsKeepsInstancesThatDoNotChange() {
        List<String> plain = List.of("Kabul", "Caf\u00E9", "\u041C\u043E\u0441\u043A\u0432\u0430");
        assertThat(Text.nfc(plain)).isSameAs(plain);
        List<String> decomposed = List.of("Kabul", "Cafe\u0301", "\u2126");
        assertThat(Text.nfc(decomposed)).containsExactly("Kabul", "Caf\u00E9", "\u03A9");
        Optional<String> present = Optional.of("Caf\u00E9");
        assertThat(Text.nfc(present)).isSameAs(present);
        assertThat(Text.nfc(Optional.of("Cafe\u0301"))).contains("Caf\u00E9");
        assertThat(Text.nfc(Optional.<String>empty())).isEmpty();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"007F", "0080", "009F"})
    void deleteAndTheC1ControlsAreControlCharacters(String hex) {
        String value = "a" + (char) Integer.parseInt(hex, 16) + "b";
        assertThatThrownBy(() -> Rules.plain("title", value, 10))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessage("title: must not contain control characters (U+" + hex + ") (was \"a\\u" + hex + "b\")");
    }

    @Test
    void charactersNextToTheControlRangesAreAllowed() {
        assertThatCode(() -> Rules.plain("title", "a~\u00A0b", 10)).doesNotThrowAnyException();
        assertThatCode(() -> Rules.prose("summary", "a\tb\nc\r\nd", 10)).doesNotThrowAnyException();
    }

    @Test
    void shortHostNamesAreChecked() {
        // more distinct short hosts than the rules remember (1000)
        for (int i = 0; i < 2_000; i++) {
            URI uri = URI.create("https://h" + Integer.toString(i, 36) + ".io/");
            assertThatCode(() -> Rules.url("url", uri)).doesNotThrowAnyException();
        }
        assertThatCode(() -> Rules.url("url", URI.create("https://a.io/"))).doesNotThrowAnyException();
        assertThatCode(() -> Rules.url("url", URI.create("http://x.y"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> Rules.url("url", URI.create("https://xn--a.io/")))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("url: must have a host that is a valid domain name under UTS #46 (IDNA)");
    }
}
