package dev.byline.slug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.InvalidValueException;
import dev.byline.Slug;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the input, a slugger returns a valid slug within its limits, or fails with
 * {@link InvalidValueException} naming the title; never another exception; and slugifying a
 * slug changes nothing.
 */
class SluggerInvariantsTest {

    private static final List<Slugger> SLUGGERS = List.of(
            Slugger.forLocale(Locale.ROOT),
            Slugger.forLocale(Locale.forLanguageTag("tr")),
            Slugger.forLocale(Locale.forLanguageTag("uk")),
            Slugger.forLocale(Locale.forLanguageTag("fa")),
            Slugger.builder().locale(Locale.FRENCH).maxLength(12).separator('_').build(),
            Slugger.builder().locale(Locale.forLanguageTag("tr")).unicode(true).build(),
            Slugger.builder().locale(Locale.forLanguageTag("fa")).unicode(true).maxLength(9).build());

    /** Hostile and odd inputs, by name. */
    static Stream<Arguments> hostile() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("empty", ""));
        cases.add(Arguments.of("whitespace", " \t\n\u00A0\u3000\u2003 "));
        cases.add(Arguments.of("only emoji", "🎉🔥👍🏽👨‍👩‍👧"));
        cases.add(Arguments.of("only punctuation", "!?.,;:-—–()[]{}\"'«»„“”…"));
        cases.add(Arguments.of("lone high surrogate", "abc\uD800def"));
        cases.add(Arguments.of("lone low surrogate", "\uDC00abc"));
        cases.add(Arguments.of("surrogates only", "\uD800\uDC00\uDBFF"));
        cases.add(Arguments.of("bidi controls", "\u202Eevil\u202C \u2067kabul\u2069 \u200F"));
        cases.add(Arguments.of("combining flood", "a" + "\u0301".repeat(900)));
        cases.add(Arguments.of("combining marks alone", "\u0301\u0302\u0303 \u064E\u0651"));
        cases.add(Arguments.of("mixed scripts", "Kabul Кабул کابل 喀布尔 カブール 카불 Καμπούλ काबुल"));
        cases.add(Arguments.of("zero-width characters", "\u200B\u200C\u200D\uFEFF\u00AD"));
        cases.add(Arguments.of("zwnj between words", "a\u200C b \u200Cc d\u200C"));
        cases.add(Arguments.of("controls", "\u0000\u0007\u001B[31mred\u009B"));
        cases.add(Arguments.of("private use and unassigned", "\uE000\uF8FF\u0378\uFFFF"));
        cases.add(Arguments.of("apostrophes and ampersands", "'&' && ''a'' &b& ʻʻ"));
        cases.add(Arguments.of("separators only", "- _ - _"));
        cases.add(Arguments.of("long words", ("x".repeat(300) + " ").repeat(3)));
        cases.add(Arguments.of("exactly the limit", "ab ".repeat(333) + "a"));
        cases.add(Arguments.of("uppercase without lowercase", "\u03D2\u2C6F ABC"));
        cases.add(Arguments.of("Han outside the table", "\uD840\uDC00\uD840\uDC01"));
        cases.add(Arguments.of("Thai", "ภาษาไทยง่ายนิดเดียว"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileInputGivesAValidSlugOrAClearError(String name, String title) {
        for (Slugger slugger : SLUGGERS) {
            checkInvariants(slugger, title);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overLong")
    void overLongInputIsRejectedBeforeAnyWork(String name, String title) {
        for (Slugger slugger : SLUGGERS) {
            assertThatThrownBy(() -> slugger.slugify(title))
                    .isExactlyInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("title: must be at most 1000 characters long to make a slug");
        }
    }

    static Stream<Arguments> overLong() {
        return Stream.of(
                Arguments.of("100 000 ASCII letters", "a".repeat(100_000)),
                Arguments.of("100 000 combining marks", "a" + "\u0301".repeat(100_000)),
                Arguments.of("100 000 ideographs", "北".repeat(100_000)),
                Arguments.of("one over", "a".repeat(Slugger.MAX_TITLE_LENGTH + 1)));
    }

    /** Random strings drawn from a pool of interesting code points, reproducible by seed. */
    static Stream<Arguments> generated() {
        int[] pool = {
            'a', 'Z', '0', '9', ' ', '-', '_', '\'', '&', '.', ',', '!', 0xB7, 0xDF, 0xE4, 0xF8, 0x131, 0x130,
            0x142, 0x111, 0xFE, 0x301, 0x308, 0x200C, 0x200D, 0x202E, 0x2019, 0x2BB, 0x430, 0x44C, 0x44A, 0x454,
            0x457, 0x45E, 0x493, 0x3B1, 0x3C5, 0x3CB, 0x3B3, 0x3BA, 0x627, 0x648, 0x64A, 0x6CC, 0x64E, 0x640,
            0x6F1, 0x67E, 0x915, 0x94D, 0x93C, 0x93E, 0x902, 0xE01, 0xE32, 0x3042, 0x3063, 0x3083, 0x30FC,
            0x30A1, 0x4E2D, 0x6587, 0xAC00, 0xD55C, 0x1F389, 0xD800, 0xDC00, 0xFF21, 0xFB01, 0x2460, 0x5D0,
            0x10D0, 0x531, 0x3D2, 0xE000,
        };
        Random random = new Random(20261125L);
        List<Arguments> cases = new ArrayList<>();
        for (int k = 0; k < 400; k++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(k % 10 == 0 ? 400 : 40);
            for (int j = 0; j < len; j++) {
                sb.appendCodePoint(pool[random.nextInt(pool.length)]);
            }
            cases.add(Arguments.of(k, sb.toString()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "generated #{0}")
    @MethodSource("generated")
    void generatedInputGivesAValidSlugOrAClearError(int seed, String title) {
        for (Slugger slugger : SLUGGERS) {
            checkInvariants(slugger, title);
        }
    }

    private static void checkInvariants(Slugger slugger, String title) {
        Slug slug;
        try {
            slug = slugger.slugify(title);
        } catch (InvalidValueException e) {
            assertThat(e.path()).as("%s: %s", slugger, e.getMessage()).isEqualTo("title");
            assertThat(e.rule()).containsAnyOf("must contain a letter or digit", "must be at most");
            return;
        }
        String value = slug.value();
        assertThat(Slug.isValid(value)).as("valid slug for %s", slugger).isTrue();
        assertThat(value.length()).isLessThanOrEqualTo(slugger.maxLength());
        if (!slugger.isUnicode()) {
            assertThat(value).matches("[a-z0-9]+([" + slugger.separator() + "][a-z0-9]+)*");
        }
        assertThat(slugger.slugify(value).value()).as("idempotent for %s", slugger).isEqualTo(value);
    }
}
