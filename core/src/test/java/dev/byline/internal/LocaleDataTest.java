package dev.byline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Locale facts read from ICU's CLDR data. */
class LocaleDataTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en      | true
            sr_Latn | true
            en_Latn | true
            ru_Latn | false
            zh_Cyrl | false
            xx      | false
            """)
    void localeDataExistsForALanguageInItsOwnOrItsUsualScript(String locale, boolean expected) {
        ULocale u = new ULocale(locale);
        assertThat(LocaleData.hasLocaleData(u)).isEqualTo(expected);
        assertThat(LocaleData.dataLocale(u)).isEqualTo(expected ? u : ULocale.ENGLISH);
    }

    @Test
    void rangesAreCanonicalOrEmptyPastWhatIsRemembered() {
        // more distinct ranges than the memo keeps (4096): every answer is computed the same way
        for (int i = 0; i < 5_000; i++) {
            String suffix = "-x-r" + i;
            assertThat(LocaleData.canonicalRange("iw" + suffix)).contains(ULocale.forLanguageTag("he" + suffix));
            assertThat(LocaleData.canonicalRange("und" + suffix)).isEmpty();
            assertThat(LocaleData.canonicalRange("x" + suffix)).isEmpty();
            assertThat(LocaleData.canonicalRange("en--" + i)).isEmpty();
        }
    }

    @Test
    void ellipsisPatternsComeFromEachLocalesOwnData() {
        // every locale ICU has (more than the memo keeps), French ones last: CLDR gives every
        // French-speaking region an ellipsis without a space, also after a whole word
        List<ULocale> french = new ArrayList<>();
        for (ULocale u : ULocale.getAvailableLocales()) {
            if (u.getLanguage().equals("fr")) {
                french.add(u);
                continue;
            }
            String[] patterns = LocaleData.ellipsis(u);
            assertThat(patterns).as("%s", u).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("{0}").hasSizeGreaterThan(3));
        }
        assertThat(french).hasSizeGreaterThan(40);
        for (ULocale u : french) {
            assertThat(LocaleData.ellipsis(u)).as("%s", u).containsExactly("{0}\u2026", "{0}\u2026");
        }
    }
}
