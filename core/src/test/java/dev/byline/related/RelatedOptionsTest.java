package dev.byline.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.InvalidValueException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelatedOptionsTest {

    private static final RelatedOptions DEFAULTS = RelatedOptions.defaults();

    @Test
    void defaultsAreDocumentedValues() {
        assertThat(DEFAULTS.weight(Signal.TAGS)).isEqualTo(1.0);
        assertThat(DEFAULTS.weight(Signal.CATEGORIES)).isEqualTo(0.5);
        assertThat(DEFAULTS.weight(Signal.AUTHORS)).isEqualTo(0.5);
        assertThat(DEFAULTS.weight(Signal.TEXT)).isEqualTo(1.0);
        assertThat(DEFAULTS.weight(Signal.RECENCY)).isEqualTo(0.25);
        assertThat(DEFAULTS.weight(Signal.SAME_LOCALE)).isEqualTo(0.5);
        assertThat(DEFAULTS.limit()).isEqualTo(5);
        assertThat(DEFAULTS.minRelevance()).isEqualTo(0.2);
        assertThat(DEFAULTS.halfLife()).isEqualTo(Duration.ofDays(365));
        assertThat(DEFAULTS.clock()).isEqualTo(Clock.systemUTC());
        assertThat(DEFAULTS.readerLocale()).isEmpty();
        assertThat(DEFAULTS.urlResolver().apply(Archive.query())).isEqualTo(Archive.query().canonicalUrl());
        assertThat(DEFAULTS.toString()).startsWith("RelatedOptions{weights={tags=1.0, categories=0.5, authors=0.5,"
                + " text=1.0, recency=0.25, sameLocale=0.5}, limit=5, minRelevance=0.2, halfLife=PT8760H")
                .endsWith("readerLocale=(query's), urlResolver=Article::canonicalUrl}");
    }

    @Test
    void withersChangeOneSettingAndLeaveTheOriginalAlone() {
        Clock clock = Clock.fixed(Instant.parse("2023-01-01T00:00:00Z"), ZoneOffset.UTC);
        RelatedOptions changed = DEFAULTS.withLimit(12).withWeight(Signal.TEXT, 3).withMinRelevance(0.5)
                .withHalfLife(Duration.ofDays(30)).withClock(clock).withReaderLocale(Locale.forLanguageTag("tr"));
        assertThat(changed.limit()).isEqualTo(12);
        assertThat(changed.weight(Signal.TEXT)).isEqualTo(3.0);
        assertThat(changed.weight(Signal.TAGS)).isEqualTo(1.0);
        assertThat(changed.minRelevance()).isEqualTo(0.5);
        assertThat(changed.halfLife()).isEqualTo(Duration.ofDays(30));
        assertThat(changed.clock()).isSameAs(clock);
        assertThat(changed.readerLocale()).contains(Locale.forLanguageTag("tr"));
        assertThat(DEFAULTS.limit()).isEqualTo(5);
        assertThat(DEFAULTS.weight(Signal.TEXT)).isEqualTo(1.0);
    }

    @Test
    void equalSettingsAreEqualOptions() {
        assertThat(DEFAULTS.withLimit(7)).isEqualTo(DEFAULTS.withLimit(7)).hasSameHashCodeAs(DEFAULTS.withLimit(7));
        assertThat(DEFAULTS.withLimit(7)).isNotEqualTo(DEFAULTS.withLimit(8));
        assertThat(DEFAULTS.withWeight(Signal.TAGS, 2)).isNotEqualTo(DEFAULTS);
        assertThat(DEFAULTS.withMinRelevance(0)).isNotEqualTo(DEFAULTS);
        assertThat(DEFAULTS.withUrlResolver(a -> Optional.empty())).isNotEqualTo(DEFAULTS);
        assertThat(DEFAULTS).isNotEqualTo("defaults");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1001, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void limitOutOfRangeIsRejected(int limit) {
        assertThatThrownBy(() -> DEFAULTS.withLimit(limit))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("options.limit: must be between 1 and 1000 (was \"" + limit + "\")");
    }

    @ParameterizedTest
    @EnumSource(Signal.class)
    void weightsMustBeFiniteAndInRange(Signal signal) {
        for (double bad : new double[] {-0.1, 1000.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> DEFAULTS.withWeight(signal, bad))
                    .isExactlyInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("options.weights." + signal.optionName()
                            + ": must be a finite number between 0 and 1000.0 (was \"" + bad + "\")");
        }
        assertThat(DEFAULTS.withWeight(signal, 0).weight(signal)).isZero();
        assertThat(DEFAULTS.withWeight(signal, 1000).weight(signal)).isEqualTo(1000);
    }

    @Test
    void optionsEqualThemselvesAndHashBySettings() {
        assertThat(DEFAULTS.equals(DEFAULTS)).isTrue();
        assertThat(DEFAULTS.withLimit(7).hashCode()).isNotEqualTo(DEFAULTS.withLimit(8).hashCode());
    }

    @Test
    void theMinimumRelevanceMayBeZeroOrTheLargestWeight() {
        assertThat(DEFAULTS.withMinRelevance(0).minRelevance()).isZero();
        assertThat(DEFAULTS.withMinRelevance(1000).minRelevance()).isEqualTo(1000.0);
        assertThatThrownBy(() -> DEFAULTS.withMinRelevance(Math.nextUp(1000.0)))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("options.minRelevance: must be a finite number between 0 and 1000.0");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY, 1e6})
    void minRelevanceMustBeFiniteAndInRange(double bad) {
        assertThatThrownBy(() -> DEFAULTS.withMinRelevance(bad))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("options.minRelevance: must be a finite number between 0 and 1000.0");
    }

    @Test
    void halfLifeMustBePositive() {
        assertThatThrownBy(() -> DEFAULTS.withHalfLife(Duration.ZERO))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("options.halfLife: must be positive (was \"PT0S\")");
        assertThatThrownBy(() -> DEFAULTS.withHalfLife(Duration.ofDays(-1)))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("options.halfLife: must be positive (was \"PT-24H\")");
        assertThat(DEFAULTS.withHalfLife(Duration.ofNanos(1)).halfLife()).isEqualTo(Duration.ofNanos(1));
    }

    @Test
    void readerLocaleMustNameALanguage() {
        assertThatThrownBy(() -> DEFAULTS.withReaderLocale(Locale.ROOT))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("options.readerLocale: must name a language");
        assertThatThrownBy(() -> DEFAULTS.withReaderLocale(Locale.forLanguageTag("und")))
                .isExactlyInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).path()).isEqualTo("options.readerLocale"));
    }

    @Test
    void nullsAreRejectedByName() {
        assertThatThrownBy(() -> DEFAULTS.withWeight(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("signal");
        assertThatThrownBy(() -> DEFAULTS.withHalfLife(null)).isInstanceOf(NullPointerException.class).hasMessage("halfLife");
        assertThatThrownBy(() -> DEFAULTS.withClock(null)).isInstanceOf(NullPointerException.class).hasMessage("clock");
        assertThatThrownBy(() -> DEFAULTS.withReaderLocale(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("readerLocale");
        assertThatThrownBy(() -> DEFAULTS.withUrlResolver(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("urlResolver");
    }

    @ParameterizedTest
    @EnumSource(Signal.class)
    void signalsRoundTripTheirNames(Signal signal) {
        assertThat(Signal.fromOptionName(signal.optionName())).contains(signal);
        assertThat(Signal.fromOptionName(signal.optionName().toUpperCase(Locale.ROOT))).isEmpty();
    }
}
