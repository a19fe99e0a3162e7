package dev.byline.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.InvalidValueException;
import dev.byline.TextDirection;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {

    @ParameterizedTest(name = "{0} is called {1}, written {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en      | English            | LTR
            ru      | Русский            | LTR
            tr      | Türkçe             | LTR
            fa      | فارسی              | RTL
            fa-AF   | دری                | RTL
            ps      | پښتو               | RTL
            uz      | O‘zbek             | LTR
            uz-Cyrl | Ўзбекча            | LTR
            uz-Arab | اوزبیک             | RTL
            ar      | العربية            | RTL
            he      | עברית              | RTL
            ur      | اردو               | RTL
            ckb     | کوردیی ناوەندی     | RTL
            yi      | ייִדיש             | RTL
            sd      | سنڌي               | RTL
            ug      | ئۇيغۇرچە           | RTL
            pa-Arab | پنجابی             | RTL
            de      | Deutsch            | LTR
            fr      | Français           | LTR
            es      | Español            | LTR
            pt-BR   | Português (Brasil) | LTR
            zh-Hans | 简体中文            | LTR
            zh-Hant | 繁體中文            | LTR
            ja      | 日本語              | LTR
            ko      | 한국어              | LTR
            th      | ไทย                | LTR
            hi      | हिन्दी               | LTR
            sr      | Српски             | LTR
            sr-Latn | Srpski             | LTR
            nb      | Norsk bokmål       | LTR
            sv      | Svenska            | LTR
            el      | Ελληνικά           | LTR
            ka      | ქართული            | LTR
            am      | አማርኛ               | LTR
            kk      | Қазақ тілі         | LTR
            """)
    void autonymAndDirection(String tag, String autonym, TextDirection direction) {
        Locale locale = Locale.forLanguageTag(tag);
        assertThat(Languages.autonym(locale)).isEqualTo(autonym);
        assertThat(Languages.direction(locale)).isEqualTo(direction);
    }

    @Test
    void deprecatedCodesAreCanonicalizedBeforeNaming() {
        assertThat(Languages.autonym(new Locale("prs"))).isEqualTo("دری");
        assertThat(Languages.direction(new Locale("prs"))).isEqualTo(TextDirection.RTL);
    }

    @Test
    void languageWithoutIcuDataIsNamedInEnglishWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Languages.autonym(Locale.forLanguageTag("dv"))).isEqualTo("Divehi");
            assertThat(Languages.direction(Locale.forLanguageTag("dv"))).isEqualTo(TextDirection.RTL);
            assertThat(Languages.displayName(Locale.forLanguageTag("tr"), Locale.forLanguageTag("dv")))
                    .isEqualTo("Turkish");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            tr      | en | Turkish
            ru      | en | Russian
            fa-AF   | en | Dari
            sr-Latn | en | Serbian (Latin)
            uz-Cyrl | en | Uzbek (Cyrillic)
            en      | tr | İngilizce
            es      | tr | İspanyolca
            ru      | tr | Rusça
            tr      | ru | Турецкий
            en      | fa | انگلیسی
            de      | fr | Allemand
            """)
    void displayNameInTheReadersLanguage(String language, String reader, String expected) {
        assertThat(Languages.displayName(Locale.forLanguageTag(language), Locale.forLanguageTag(reader)))
                .isEqualTo(expected);
    }

    @Test
    void htmlDirValues() {
        assertThat(TextDirection.LTR.htmlValue()).isEqualTo("ltr");
        assertThat(TextDirection.RTL.htmlValue()).isEqualTo("rtl");
    }

    @ParameterizedTest(name = "\"{0}\" parses as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tr_TR              | tr-TR
            EN-us              | en-US
            iw                 | he
            in                 | id
            prs                | fa-AF
            en-UK              | en-GB
            sh                 | sr-Latn
            i-klingon          | tlh
            ' de '             | de
            zh_hant_tw         | zh-Hant-TW
            es-419             | es-419
            fa-IR-u-ca-persian | fa-IR-u-ca-persian
            fil                | fil
            ckb                | ckb
            """)
    void parseIsLenientWhereTheIntentIsClear(String input, String expected) {
        assertThat(Languages.parse(input).toLanguageTag()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            english   | two or three letters
            123       | well-formed BCP 47
            ''        | must not be empty
            '   '     | must not be empty
            x-default | private-use tag
            en--US    | well-formed BCP 47
            und       | must name a language
            root      | must name a language
            xx        | valid ISO 639 language code (xx is not one)
            qaa       | valid ISO 639 language code
            en-XX     | region that is not a valid
            en-Qaaa   | script that is not a valid
            deé       | only ASCII letters
            en US     | only ASCII letters
            en-       | well-formed BCP 47
            """)
    void parseRefusesJunkWithAReason(String input, String words) {
        assertThatThrownBy(() -> Languages.parse(input))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("tag: ")
                .hasMessageContaining(words)
                .satisfies(e -> assertThat(((InvalidValueException) e).path()).isEqualTo("tag"));
    }

    @Test
    void parseRefusesOverlongInput() {
        assertThatThrownBy(() -> Languages.parse("en-" + "a".repeat(100)))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 64 characters");
    }

    @Test
    void namingAnUndeterminedLanguageFails() {
        assertThatThrownBy(() -> Languages.autonym(Locale.ROOT))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("language: must name a language");
        assertThatThrownBy(() -> Languages.displayName(Locale.ENGLISH, Locale.forLanguageTag("und")))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("reader: must name a language");
    }

    @Test
    void nullIsRefusedWithANullPointerException() {
        assertThatThrownBy(() -> Languages.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Languages.direction(null)).isInstanceOf(NullPointerException.class);
    }
}
