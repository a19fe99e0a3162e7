package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Translation provenance, outdated translations, previous slugs and corrections in the model. */
class ProvenanceTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2025-11-21T09:30:00+05:00");
    private static final Locale TR = new Locale("tr");

    private static Article.Builder original() {
        return Article.builder().id("border-markets").locale(Locale.ENGLISH).title("Border Markets")
                .slug(Slug.of("border-markets-before-winter")).body(Body.of(BodyFormat.TEXT, "Trucks queue at the bridge."))
                .status(Status.PUBLISHED).published(PUBLISHED)
                .addAuthor(Author.builder().id("n-rahimova").name("Nilufar Rahimova").build());
    }

    private static TranslationSource.Builder source() {
        return TranslationSource.builder().locale(Locale.ENGLISH).id("border-markets")
                .sourceModified(PUBLISHED).method(TranslationMethod.MACHINE_REVIEWED)
                .addTranslator(Translator.of("Leyla Aydın", TranslatorType.PERSON));
    }

    @Test
    void methodsKnowTheirWireWordsAndWhatTheyMean() {
        assertThat(TranslationMethod.fromWireName("machine-reviewed")).contains(TranslationMethod.MACHINE_REVIEWED);
        assertThat(TranslationMethod.fromWireName("Machine")).isEmpty();
        assertThat(TranslationMethod.HUMAN.isMachineMade()).isFalse();
        assertThat(TranslationMethod.MACHINE.needsDisclosure()).isTrue();
        assertThat(TranslationMethod.MACHINE_REVIEWED.needsDisclosure()).isFalse();
        assertThat(TranslationMethod.MACHINE_REVIEWED.isMachineMade()).isTrue();
        assertThat(TranslationMethod.HUMAN.digitalSourceType()).isEmpty();
        assertThat(TranslationMethod.MACHINE.digitalSourceType()).contains("TrainedAlgorithmicMediaDigitalSource");
        assertThat(TranslatorType.fromWireName("organization")).contains(TranslatorType.ORGANIZATION);
    }

    @Test
    void aTranslatedEditionNamesItsSourceMethodAndTranslators() {
        Article tr = original().id("border-markets-tr").locale(TR).slug(Slug.of("sinir-pazarlari"))
                .translationOf(source().build()).build();
        TranslationSource s = tr.translationOf().orElseThrow();
        assertThat(s.method()).isEqualTo(TranslationMethod.MACHINE_REVIEWED);
        assertThat(s.translators()).extracting(Translator::name).containsExactly("Leyla Aydın");
        assertThat(s.isOutdatedBy(PUBLISHED)).isFalse();
        assertThat(s.isOutdatedBy(PUBLISHED.plusHours(1))).isTrue();
        // compared as instants: the same moment at another offset is not later
        assertThat(s.isOutdatedBy(PUBLISHED.withOffsetSameInstant(java.time.ZoneOffset.UTC))).isFalse();
        assertThat(TranslationSource.builder().from(s).sourceModified(java.util.Optional.empty()).build()
                .isOutdatedBy(PUBLISHED.plusYears(1))).isFalse();
    }

    @Test
    void aSourceWithoutIdOrUrlIsRefused() {
        assertThatThrownBy(() -> TranslationSource.builder().locale(Locale.ENGLISH).method(TranslationMethod.HUMAN).build())
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("url: must be given when id is not: a translation names its source by id or URL");
    }

    @Test
    void aSourceInTheEditionsOwnLanguageIsRefused() {
        assertThatThrownBy(() -> original().translationOf(source().build()).build())
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("translationOf.locale: must differ from the article's own locale");
    }

    @Test
    void translatorsAreCheckedAndNormalized() {
        assertThatThrownBy(() -> Translator.of(" ", TranslatorType.PERSON))
                .isInstanceOf(InvalidArticleException.class).hasMessageStartingWith("name: must not be blank");
        assertThatThrownBy(() -> Translator.builder().name("A").type(TranslatorType.PERSON).authorId("a\u0007").build())
                .isInstanceOf(InvalidArticleException.class).hasMessageStartingWith("authorId: must not contain control characters");
        assertThat(Translator.of("Ayd\u0131n Cafe\u0301", TranslatorType.ORGANIZATION).name()).isEqualTo("Ayd\u0131n Caf\u00e9");
    }

    @Test
    void outdatedTranslationsAreThoseMadeBeforeTheLastChange() {
        Translation current = Translation.builder().locale(TR).url(URI.create("https://caspian.example/tr/x"))
                .method(TranslationMethod.HUMAN).sourceModified(PUBLISHED.plusDays(1)).build();
        Translation old = Translation.builder().locale(new Locale("ru")).url(URI.create("https://caspian.example/ru/x"))
                .method(TranslationMethod.MACHINE).sourceModified(PUBLISHED).build();
        Translation unknown = Translation.of(new Locale("fa"), URI.create("https://caspian.example/fa/x"));
        Article a = original().modified(PUBLISHED.plusDays(1)).addTranslations(current, old, unknown).build();
        assertThat(a.outdatedTranslations()).containsExactly(old);
        assertThat(a.withModified(java.util.Optional.empty()).outdatedTranslations()).isEmpty();
    }

    @Test
    void previousSlugsAreUniqueAndNeverTheCurrentSlug() {
        Article renamed = original().addPreviousSlug(Slug.of("border-markets")).build();
        assertThat(renamed.previousSlugs()).containsExactly(Slug.of("border-markets"));
        assertThatThrownBy(() -> original().addPreviousSlugs(Slug.of("a"), Slug.of("a")).build())
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("previousSlugs[1]: must be unique (same as previousSlugs[0])");
        assertThatThrownBy(() -> original().addPreviousSlugs(Slug.of("old"), Slug.of("border-markets-before-winter")).build())
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("previousSlugs[1]: must not be the current slug");
        assertThatThrownBy(() -> Translation.builder().locale(TR).url(URI.create("https://caspian.example/tr/x"))
                .slug(Slug.of("x")).addPreviousSlug(Slug.of("x")).build())
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("previousSlugs[0]: must not be the current slug");
    }

    @Test
    void correctionsAreDatedProseNotBeforePublication() {
        Correction c = Correction.of(PUBLISHED.plusDays(2), "An earlier version gave the wrong date.");
        assertThat(original().addCorrection(c).build().corrections()).containsExactly(c);
        assertThatThrownBy(() -> Correction.of(PUBLISHED, "\u200b"))
                .isInstanceOf(InvalidArticleException.class).hasMessageStartingWith("text: must not be blank");
        assertThatThrownBy(() -> Correction.of(PUBLISHED, "x".repeat(Limits.MAX_CORRECTION_LENGTH + 1)))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("text: must be at most 5000 characters long, is 5001");
        assertThatThrownBy(() -> original().addCorrection(Correction.of(PUBLISHED.minusMinutes(1), "Too early.")).build())
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("corrections[0].date: must not be before published");
        // a draft has no publication date to compare with
        assertThat(Article.builder().from(original().build()).status(Status.DRAFT)
                .published(java.util.Optional.empty()).corrections(List.of(Correction.of(PUBLISHED.minusYears(1), "Note.")))
                .build().corrections()).hasSize(1);
    }
}
