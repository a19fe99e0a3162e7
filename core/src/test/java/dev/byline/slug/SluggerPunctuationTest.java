package dev.byline.slug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where periods, commas and middle dots join and where they separate: initialisms and digit
 * groups at the very start and end of a title, next to other letters and digits.
 */
class SluggerPunctuationTest {

    private static final Slugger ENGLISH = Slugger.forLocale(Locale.ENGLISH);

    private static String slug(String title) {
        return ENGLISH.slugify(title).value();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            U.S. Open           | us-open
            the U.S             | the-us
            Z.A. and a.z.       | za-and-az
            """)
    void periodBetweenSingleLettersJoinsAnInitialism(String title, String expected) {
        assertThat(slug(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Node.js and Vue.js  | node-js-and-vue-js
            St.Louis            | st-louis
            Plan B.             | plan-b
            .NET Core           | net-core
            Version 1.5         | version-1-5
            Python 3.x          | python-3-x
            Section A.1         | section-a-1
            """)
    void periodNotBetweenSingleLettersSeparates(String title, String expected) {
        assertThat(slug(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '9,009 fans'        | 9009-fans
            'costs 1,000'       | costs-1000
            """)
    void commaBeforeThreeDigitsGroupsANumber(String title, String expected) {
        assertThat(slug(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'red,green'         | red-green
            'score 1,00'        | score-1-00
            '12,3456 votes'     | 12-3456-votes
            ',000 bugs'         | 000-bugs
            'Top,100 songs'     | top-100-songs
            'Scores 7, 12 and 15' | scores-7-12-and-15
            'rounds 12,3 4'     | rounds-12-3-4
            """)
    void commaNotGroupingThreeDigitsSeparates(String title, String expected) {
        assertThat(slug(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Score 3·4           | score-3-4
            end·                | end
            """)
    void middleDotNotFollowedByALetterSeparates(String title, String expected) {
        assertThat(slug(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            rock\u00AD&\u00ADroll | rock-and-roll
            Rock♥Roll           | rock-roll
            """)
    void ampersandBetweenSoftHyphensIsAndAndASymbolSeparates(String title, String expected) {
        assertThat(slug(title)).isEqualTo(expected);
    }
}
