package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Translation, RelatedPost, Image, LanguageSkill, Body and the enums. */
class SmallTypesTest {

    private static final URI URL = URI.create("https://example.org/tr/moskova-ve-kabil");

    @Test
    void translationHoldsLocaleUrlTitleAndSlug() {
        Translation t = Translation.builder().locale(new Locale("tr")).url(URL)
                .title("Moskova ve Kabil").slug(Slug.of("moskova-ve-kabil")).build();
        assertThat(t.title()).contains("Moskova ve Kabil");
        assertThat(t.slug()).contains(Slug.of("moskova-ve-kabil"));
    }

    @Test
    void translationRejectsBadValues() {
        assertThatThrownBy(() -> Translation.of(Locale.ROOT, URL))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("locale: must name a language");
        assertThatThrownBy(() -> Translation.of(new Locale("tr"), URI.create("//example.org/x")))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("url: must be an absolute");
        assertThatThrownBy(() -> Translation.builder().locale(new Locale("tr")).url(URL).title("a\u2066b").build())
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("title: must not contain bidi");
        assertThatThrownBy(() -> Translation.builder().locale(new Locale("tr")).build())
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessage("url: required attribute not set (building Translation)");
    }

    @Test
    void translationTitleIsNfc() {
        assertThat(Translation.builder().locale(new Locale("ru")).url(URL).title("И\u0306ошкар-Ола").build().title())
                .contains("Йошкар-Ола");
    }

    @Test
    void relatedPostHoldsWhatTheSimilarPostsBlockShows() {
        RelatedPost p = RelatedPost.builder().title("Pakistan's western border").url(URL)
                .slug(Slug.of("pakistans-western-border")).locale(Locale.ENGLISH)
                .published(OffsetDateTime.parse("2022-10-02T10:00:00+03:00"))
                .image(Image.of(URI.create("https://example.org/a.jpg"))).summary("An excerpt.").build();
        assertThat(p.locale()).contains(Locale.ENGLISH);
        assertThat(p.summary()).contains("An excerpt.");
    }

    @Test
    void relatedPostRejectsBadValues() {
        assertThatThrownBy(() -> RelatedPost.of(" ", URL))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("title: must not be blank");
        assertThatThrownBy(() -> RelatedPost.of("x", URI.create("http:/x")))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("url: ");
        assertThatThrownBy(() -> RelatedPost.builder().title("x").url(URL).summary("s".repeat(Limits.MAX_SUMMARY_LENGTH + 1)).build())
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("summary: must be at most 10000");
        assertThatThrownBy(() -> RelatedPost.builder().title("x").url(URL).locale(Locale.ROOT).build())
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("locale: ");
    }

    @Test
    void imageChecksUrlDimensionsAndText() {
        Image i = Image.builder().url(URI.create("https://example.org/a.jpg")).alt("A map").width(1200).height(675)
                .caption("Kabul, 2022").credit("Photo: the institute").build();
        assertThat(i.width()).hasValue(1200);
        assertThatThrownBy(() -> Image.builder().url(URI.create("https://example.org/a.jpg")).width(0).build())
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessage("width: must be between 1 and 100000 (was \"0\")");
        assertThatThrownBy(() -> Image.builder().url(URI.create("https://example.org/a.jpg")).height(100_001).build())
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("height: must be between 1 and 100000");
        assertThatThrownBy(() -> Image.builder().url(URI.create("https://example.org/a.jpg")).alt("").build())
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("alt: must not be blank");
        assertThatThrownBy(() -> Image.of(URI.create("data:image/png;base64,AAAA")))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("url: must be an absolute http or https URL");
        assertThat(Image.builder().url(URI.create("https://example.org/a.jpg")).caption("Cafe\u0301").build().caption()).contains("Café");
    }

    @Test
    void urlsWithInternationalizedHostsMustUseTheAsciiForm() {
        assertThat(Image.of(URI.create("https://xn--e1afmkfd.xn--p1ai/a.jpg")).url().getHost()).isEqualTo("xn--e1afmkfd.xn--p1ai");
        assertThatThrownBy(() -> Image.of(URI.create("https://пример.рф/a.jpg")))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageContaining("xn-- form");
        assertThat(Image.of(URI.create("http://[2001:db8::1]/a.jpg")).url().getHost()).isEqualTo("[2001:db8::1]");
        assertThat(Image.of(URI.create("HTTPS://example.org/a.jpg")).url().getScheme()).isEqualTo("HTTPS");
    }

    @Test
    void urlLongerThanTheLimitIsRejected() {
        URI longUrl = URI.create("https://example.org/" + "a".repeat(Limits.MAX_URL_LENGTH));
        assertThatThrownBy(() -> Image.of(longUrl))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("url: must be at most 2048 characters long");
        assertThat(Image.of(URI.create("https://example.org/" + "a".repeat(Limits.MAX_URL_LENGTH - 20))).url()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({
        "NATIVE, C2, true", "NATIVE, C1, false",
        "FLUENT, C1, true", "FLUENT, C2, true", "FLUENT, B2, false",
        "INTERMEDIATE, B1, true", "INTERMEDIATE, B2, true", "INTERMEDIATE, C1, false", "INTERMEDIATE, A2, false",
        "BASIC, A1, true", "BASIC, A2, true", "BASIC, B1, false"})
    void cefrLevelMustMatchProficiency(Proficiency p, CefrLevel level, boolean ok) {
        LanguageSkill.Builder b = LanguageSkill.builder().language(new Locale("ps")).proficiency(p).cefr(level);
        if (ok) {
            assertThat(b.build().cefr()).contains(level);
        } else {
            assertThatThrownBy(b::build).isExactlyInstanceOf(InvalidArticleException.class)
                    .hasMessage("cefr: must lie in " + p.cefrRange() + " for proficiency " + p.wireName() + " (was \"" + level + "\")");
        }
    }

    @Test
    void languageSkillNeedsALanguage() {
        assertThatThrownBy(() -> LanguageSkill.of(Locale.ROOT, Proficiency.NATIVE))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("language: must name a language");
        assertThat(LanguageSkill.of(Locale.forLanguageTag("fa-AF"), Proficiency.NATIVE).language().getCountry()).isEqualTo("AF");
    }

    @Test
    void bodyAllowsLineBreaksAndBidiButNotOtherControls() {
        assertThat(Body.of(BodyFormat.HTML, "<p dir=\"rtl\">\u202Bسلام\u202C</p>\n").content()).contains("سلام");
        assertThatThrownBy(() -> Body.of(BodyFormat.TEXT, "a\u0000b"))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("content: must not contain control characters (U+0000)");
        assertThatThrownBy(() -> Body.of(BodyFormat.TEXT, "a\uDC00b"))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("content: must not contain unpaired surrogates");
        assertThat(Body.of(BodyFormat.MARKDOWN, "Cafe\u0301").content()).isEqualTo("Café");
        assertThat(Body.of(BodyFormat.TEXT, "😀 emoji pairs are fine").content()).startsWith("😀");
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void statusWireNamesRoundTrip(Status s) {
        assertThat(Status.fromWireName(s.wireName())).contains(s);
        assertThat(s.wireName()).isEqualTo(s.name().toLowerCase(Locale.ROOT));
    }

    @Test
    void enumWireNamesAreExact() {
        assertThat(Status.fromWireName("Published")).isEmpty();
        assertThat(Status.fromWireName("")).isEmpty();
        assertThat(BodyFormat.fromWireName("markdown")).contains(BodyFormat.MARKDOWN);
        assertThat(BodyFormat.fromWireName("HTML")).isEmpty();
        assertThat(Proficiency.fromWireName("intermediate")).contains(Proficiency.INTERMEDIATE);
        assertThat(Proficiency.fromWireName("expert")).isEmpty();
        assertThat(CefrLevel.fromWireName("B2")).contains(CefrLevel.B2);
        assertThat(CefrLevel.fromWireName("b2")).isEmpty();
        assertThat(CefrLevel.C1.wireName()).isEqualTo("C1");
        assertThat(Proficiency.NATIVE.cefrRange()).isEqualTo("C2");
        assertThat(Proficiency.FLUENT.cefrRange()).isEqualTo("C1–C2");
    }
}
