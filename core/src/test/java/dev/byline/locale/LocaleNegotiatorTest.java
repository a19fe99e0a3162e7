package dev.byline.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.Article;
import dev.byline.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocaleNegotiatorTest {

    static LocaleNegotiator negotiator(String supported) {
        return LocaleNegotiator.of(Arrays.stream(supported.split(",")).map(String::strip)
                .map(Locale::forLanguageTag).collect(Collectors.toList()));
    }

    @ParameterizedTest(name = "[{0}] for \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            zh-Hans, zh-Hant, en  | zh-TW                            | zh-Hant
            en, zh-Hant           | zh-HK                            | zh-Hant
            en, zh-Hans           | zh-HK                            | en
            zh-Hans, zh-Hant, en  | zh-CN                            | zh-Hans
            en, pt-BR, pt-PT      | pt-AO                            | pt-PT
            en, pt-BR, pt-PT      | pt                               | pt-BR
            en, es, es-419        | es-MX                            | es-419
            en, es-ES, es-419     | es-AR                            | es-419
            en, es-ES, es-419     | es                               | es-ES
            en, de-DE, fr         | 'de-CH, fr;q=0.9'                | de-DE
            en, sr-Latn, sr-Cyrl  | sr                               | sr-Cyrl
            en, sr-Latn, sr-Cyrl  | sr-ME                            | sr-Latn
            en, nb                | no                               | nb
            en, nn, nb            | no                               | nb
            en, da                | nb                               | da
            en, he                | iw                               | he
            en, id                | in                               | id
            en, ms                | id                               | ms
            en, fa, ps            | prs                              | fa
            en, fa-AF, ps         | fa                               | fa-AF
            en-GB, en-US          | en-AU                            | en-GB
            en-US, en-GB          | en-IN                            | en-GB
            en-US, en-GB          | en                               | en-US
            en, ja                | ja-JP                            | ja
            en, ru                | be                               | ru
            en, ru                | kk                               | ru
            en, fr-CA, fr-FR      | fr-BE                            | fr-FR
            en, fr-CA, fr-FR      | fr-CA                            | fr-CA
            en, fil               | tl                               | fil
            en, hr, sr-Latn       | bs                               | hr
            en, tr, ru            | 'fa, ru;q=0.5'                   | ru
            en, tr, ru            | 'tr-TR,tr;q=0.9,en-US;q=0.8'     | tr
            en, tr, ru            | 'en;q=0.1, ru;q=0.9'             | ru
            en, tr, ru            | 'de, ja'                         | en
            en, de                | 'de;q=0, en;q=0.1'               | en
            en, de                | 'en-US;q=0.1, de-AT;q=0.9'       | de
            en, uz, uz-Cyrl       | uz-Cyrl-UZ                       | uz-Cyrl
            en, uz                | uz-Arab                          | en
            en, ar                | ar-EG                            | ar
            en, tr, ru            | 'RU'                             | ru
            """)
    void bestMatchFollowsCldrLanguageMatching(String supported, String header, String expected) {
        assertThat(negotiator(supported).bestMatch(header).toLanguageTag()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "malformed \"{0}\" gives {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'fr;q=abc'                | en
            'fr;q=abc, de;q=0.5'      | de
            'fr;q=1.5, de;q=0.2'      | de
            'fr;level=1, de;q=0.2'    | de
            '*'                       | en
            '*;q=0.5, de;q=0.4'       | de
            ''                        | en
            ' , ,, '                  | en
            'english, de'             | de
            '123, de'                 | de
            'x-default'               | en
            'en--US, de;q=0.1'        | de
            ';q=1, de'                | de
            'de;q='                   | en
            'de;q=0.0001'             | en
            """)
    void malformedHeadersNeverThrowAndFallBack(String header, String expected) {
        assertThat(negotiator("en, de").bestMatch(header).toLanguageTag()).isEqualTo(expected);
    }

    @Test
    void controlCharactersDropTheirEntry() {
        LocaleNegotiator n = negotiator("en, de, fr");
        assertThat(n.bestMatch("fr\u0000, de;q=0.5")).isEqualTo(Locale.GERMAN);
        assertThat(n.bestMatch("fr\r\nX-Injected: 1, de;q=0.5")).isEqualTo(Locale.GERMAN);
        assertThat(n.bestMatch("\u202Efr")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void tenThousandEntriesReadOnlyTheFirstOnes() {
        String header = "xx-" + "a, xx-a".repeat(9_999) + ", de";
        assertThat(negotiator("en, de").bestMatch(header)).isEqualTo(Locale.ENGLISH);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(i == 3 ? "de" : "xx");
        }
        assertThat(negotiator("en, de").bestMatch(String.join(",", many))).isEqualTo(Locale.GERMAN);
    }

    @Test
    void hundredKilobyteHeaderIsCutNotRejected() {
        String header = "de;q=0.9, " + "a".repeat(100_000);
        assertThat(negotiator("en, de").bestMatch(header)).isEqualTo(Locale.GERMAN);
        assertThat(negotiator("en, de").bestMatch("a".repeat(100_000))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void returnsTheCallersOwnInstance() {
        Locale ptPt = Locale.forLanguageTag("pt-PT");
        LocaleNegotiator n = LocaleNegotiator.of(List.of(Locale.ENGLISH, ptPt));
        assertThat(n.bestMatch("pt-AO")).isSameAs(ptPt);
        assertThat(n.supported()).containsExactly(Locale.ENGLISH, ptPt);
        assertThat(n).hasToString("LocaleNegotiator[en, pt-PT]");
    }

    @Test
    void bestMatchForAListOfLocales() {
        LocaleNegotiator n = negotiator("en, zh-Hans, zh-Hant");
        assertThat(n.bestMatch(List.of(Locale.forLanguageTag("zh-TW"), Locale.ENGLISH)).toLanguageTag())
                .isEqualTo("zh-Hant");
        assertThat(n.bestMatch(List.of())).isEqualTo(Locale.ENGLISH);
        assertThat(n.bestMatch(List.of(Locale.ROOT, Locale.forLanguageTag("zh-SG"))).toLanguageTag())
                .isEqualTo("zh-Hans");
    }

    @Test
    void strictParseOrdersByWeightThenPosition() {
        assertThat(LocaleNegotiator.parseAcceptLanguage("de-CH, fr;q=0.9, en;q=0.9, *;q=0.1, ja;q=0, iw")
                .stream().map(Locale::toLanguageTag))
                .containsExactly("de-CH", "he", "fr", "en");
    }

    @ParameterizedTest(name = "strict parse of \"{0}\" fails at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'fr;q=abc'           | Accept-Language[0] | weight q from 0 to 1
            'de, fr;q=1.5'       | Accept-Language[1] | weight q from 0 to 1
            'de, fr;q=0.12345'   | Accept-Language[1] | weight q from 0 to 1
            'de, fr;level=1'     | Accept-Language[1] | only have a weight parameter
            'de, fr\u0001'       | Accept-Language[1] | must be a language range
            'english'            | Accept-Language[0] | two or three letters
            'en--US'             | Accept-Language[0] | must be a language range
            'x-default'          | Accept-Language[0] | must name a language
            ''                   | Accept-Language    | at least one language range
            """)
    void strictParseSaysWhy(String header, String path, String words) {
        assertThatThrownBy(() -> LocaleNegotiator.parseAcceptLanguage(header))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith(path + ": ")
                .hasMessageContaining(words);
    }

    @Test
    void strictParseRefusesOversizedHeaders() {
        assertThatThrownBy(() -> LocaleNegotiator.parseAcceptLanguage("de,".repeat(40)))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 32 entries");
        assertThatThrownBy(() -> LocaleNegotiator.parseAcceptLanguage("a".repeat(100_000)))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 4096 characters");
    }

    @Test
    void supportedLocalesAreChecked() {
        assertThatThrownBy(() -> LocaleNegotiator.of(List.of()))
                .isExactlyInstanceOf(InvalidValueException.class).hasMessage("supported: must not be empty");
        assertThatThrownBy(() -> LocaleNegotiator.of(List.of(Locale.ENGLISH, Locale.ROOT)))
                .isExactlyInstanceOf(InvalidValueException.class).hasMessageStartingWith("supported[1]: must name a language");
        assertThatThrownBy(() -> LocaleNegotiator.of(List.of(Locale.ENGLISH, Locale.GERMAN, Locale.ENGLISH)))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("supported[2]: must be unique (same as supported[0])");
    }

    @Test
    void bestEditionSaysWhichEditionWasChosen() {
        Article article = SampleArticle.english();
        Edition tr = LocaleNegotiator.bestEdition(article, "tr-TR,tr;q=0.9,en;q=0.8");
        assertThat(tr.isOriginal()).isFalse();
        assertThat(tr.locale()).isEqualTo(Locale.forLanguageTag("tr"));
        assertThat(tr.title()).isEqualTo("Moskova Taliban’la yeni bir çizgi mi çiziyor?");
        assertThat(tr.url()).contains(article.translations().get(0).url());
        assertThat(tr.translation()).contains(article.translations().get(0));
        assertThat(tr).hasToString("Edition[tr, translation]");

        Edition ru = LocaleNegotiator.bestEdition(article, "uk, be;q=0.8");
        assertThat(ru.locale()).isEqualTo(Locale.forLanguageTag("ru"));

        Edition fallback = LocaleNegotiator.bestEdition(article, "ja;q=abc");
        assertThat(fallback.isOriginal()).isTrue();
        assertThat(fallback.title()).isEqualTo(article.title());
        assertThat(fallback.url()).isEqualTo(article.canonicalUrl());
        assertThat(fallback).isEqualTo(Edition.original(article)).hasSameHashCodeAs(Edition.original(article));
    }
}
