package dev.byline.benchmarks.json;

import dev.byline.Article;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.Slug;
import dev.byline.Translation;
import dev.byline.jackson.BylineJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * The documents the JSON benchmarks read and write: the sample article (a copy of the jackson
 * module's golden {@code sample.json}, compact), the same with a body of about 1 MB, and the
 * same with 500 translations.
 */
final class Documents {

    private Documents() {}

    static Article article(String name) {
        Article sample = sample();
        switch (name) {
            case "sample":
                return sample;
            case "body-1mb": {
                StringBuilder html = new StringBuilder(1 << 20);
                while (html.length() < 1_000_000) {
                    html.append(sample.body().content());
                }
                return sample.withBody(Body.of(BodyFormat.HTML, html.toString()));
            }
            case "translations-500": {
                String[] languages = Locale.getISOLanguages();
                List<Translation> translations = new ArrayList<>();
                Set<Locale> seen = new HashSet<>();
                for (int i = 0; translations.size() < 500; i++) {
                    String language = languages[i % languages.length];
                    Locale locale = new Locale.Builder().setLanguage(language)
                            .setRegion(String.valueOf((char) ('A' + i / languages.length)) + "Q").build();
                    // the JDK maps some old codes to new ones (in -> id), which would repeat a locale
                    if (!seen.add(locale)) {
                        continue;
                    }
                    String slug = "edition-" + i;
                    translations.add(Translation.builder().locale(locale)
                            .url(URI.create("https://example.org/" + locale.toLanguageTag() + "/" + slug))
                            .title("Edition " + i + " of the article").slug(Slug.of(slug)).build());
                }
                return sample.withTranslations(translations);
            }
            default:
                throw new IllegalArgumentException("unknown document " + name);
        }
    }

    private static Article sample() {
        try (InputStream in = Documents.class.getResourceAsStream("sample.json")) {
            return BylineJson.reader().readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
