package dev.byline.jackson;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.CefrLevel;
import dev.byline.Image;
import dev.byline.LanguageSkill;
import dev.byline.Proficiency;
import dev.byline.RelatedPost;
import dev.byline.Slug;
import dev.byline.Status;
import dev.byline.Translation;
import java.net.URI;
import java.time.OffsetDateTime;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import dev.byline.Extensions;

/** The articles the golden files hold, built through the model's builders. */
final class Samples {

    private Samples() {}

    static final String[] PARAGRAPHS = {
        "Moscow has spent the past year recalibrating how it talks about the movement that now governs Kabul.",
        "Officials who once described the group only as a banned organisation now receive its envoys, sign trade "
                + "memoranda and speak of pragmatic engagement, while stopping short of formal recognition.",
        "The shift follows a simple calculation. Central Asia is Russia's southern flank, and instability on the "
                + "Afghan border travels quickly along the roads and rail lines that link Termez, Dushanbe and Osh.",
        "Security services in the region worry less about the rulers in Kabul than about the smaller armed groups "
                + "that operate in the north of the country and recruit across the border.",
        "Trade is the second motive. Wheat, fuel and timber move south; minerals and dried fruit move north, and "
                + "both sides would like the volumes to grow once the banking channels are less constrained.",
        "Pakistan watches this closely. Its own relations with the new authorities have soured over cross-border "
                + "attacks, and a warmer line from Moscow changes the balance of its options.",
        "Beijing, meanwhile, pursues its own projects and has little interest in coordinating with anyone.",
        "For the Central Asian republics the question is practical: how to keep trade open while preventing "
                + "the spread of militancy, and how to do so without appearing to endorse the government next door.",
        "Uzbekistan has moved furthest, hosting delegations and promoting a railway corridor through Mazar-i-Sharif "
                + "to the Pakistani ports, a project that depends on years of calm that nobody can promise.",
        "Tajikistan remains the most sceptical, citing the treatment of ethnic Tajiks and the presence of fighters "
                + "from its own territory in the northern provinces.",
        "None of this amounts to a coherent regional policy. It is a series of bilateral bets placed by governments "
                + "that share a border and very little else.",
        "What Moscow gains is influence at low cost; what it risks is being associated with decisions in Kabul that "
                + "it neither controls nor can easily explain to its partners.",
        "Energy is a third thread. Gas from Turkmenistan and electricity from Uzbekistan already cross into Afghanistan, "
                + "and plans for a pipeline to South Asia return every few years with new maps and old doubts.",
        "Each announcement raises the same questions about financing, insurance and the safety of crews working in "
                + "provinces where local commanders, not ministries, decide who passes.",
        "Diplomats in the region describe a pattern of cautious steps: a consulate reopened here, a trade office there, "
                + "a delegation received at a level just below the one that would signal recognition.",
        "Russian commentators, for their part, present the engagement as proof that Moscow can talk to everyone, a claim "
                + "that plays well at home and costs little abroad as long as nothing goes badly wrong.",
        "The test will come with the next crisis on the border, when the partners discover whether the channels built "
                + "in quiet years can carry the weight of a difficult conversation.",
        "Until then, the engagement rests on habits more than on treaties: regular calls between security officials, "
                + "trade fairs in border towns, and a shared interest in keeping the roads open through the winter.",
        "Analysts in Tashkent point out that the railway, the power lines and the markets all run north to south, and "
                + "that geography rewards whoever keeps talking when others stop.",
        "Analysts in Islamabad answer that geography also carries refugees, weapons and narcotics, and that talking has "
                + "so far done little to stop any of them.",
        "Both are right, which is why the policy looks improvised: it is a set of answers to questions that change "
                + "with every season, every harvest and every attack.",
        "For readers in the region, the practical effects are easier to see than the strategy. Prices of flour and fuel "
                + "in the border markets move with each new agreement and each closed crossing.",
        "Families who trade across the river follow these changes more closely than any ministry, and their view of the "
                + "engagement is measured in the queues at the bridge rather than in communiqués."
    };

    /** The reference page's shape: English article, Turkish and Russian editions, one author. */
    static Article sample() {
        StringBuilder html = new StringBuilder();
        for (String p : PARAGRAPHS) {
            html.append("<p>").append(p).append("</p>\n");
        }
        Author author = Author.builder()
                .id("a-karimov")
                .name("Anvar Tursunovich KARIMOV")
                .bio("Graduated in international relations from a university in Tashkent (2014) and holds a master's "
                        + "degree from a university in Ankara (2017) with a thesis on border trade in Central Asia. "
                        + "He is a doctoral candidate and contributes to the institute's Eurasia programme.")
                .addAffiliation("Institute for Eurasian Studies")
                .addExpertise("Afghanistan", "Pakistan")
                .addLanguage(LanguageSkill.of(new Locale("fa"), Proficiency.FLUENT))
                .addLanguage(LanguageSkill.of(new Locale("uz"), Proficiency.FLUENT))
                .addLanguage(LanguageSkill.of(new Locale("tr"), Proficiency.FLUENT))
                .addLanguage(LanguageSkill.of(new Locale("ps"), Proficiency.FLUENT))
                .addLanguage(LanguageSkill.builder().language(Locale.ENGLISH).proficiency(Proficiency.INTERMEDIATE)
                        .cefr(CefrLevel.B2).build())
                .url(URI.create("https://example.org/authors/a-karimov"))
                .image(Image.builder().url(URI.create("https://example.org/media/karimov.jpg")).width(400).height(400)
                        .alt("Portrait of Anvar Karimov").build())
                .addSameAs(URI.create("https://example.net/people/karimov"))
                .build();
        return Article.builder()
                .id("moscow-taliban-line")
                .locale(Locale.ENGLISH)
                .title("Moscow and the Taliban: Is Russia-Afghanistan Engagement Here to Stay?")
                .slug(Slug.of("moscow-and-the-taliban-is-russia-afghanistan-engagement-here-to-stay"))
                .summary("Why Moscow speaks to Kabul, what Central Asia fears, and what Pakistan makes of it.")
                .body(Body.of(BodyFormat.HTML, html.toString()))
                .status(Status.PUBLISHED)
                .published(OffsetDateTime.parse("2022-11-21T09:30:00+03:00"))
                .modified(OffsetDateTime.parse("2022-11-22T08:00:00+03:00"))
                .canonicalUrl(URI.create("https://example.org/en/moscow-and-the-taliban"))
                .addAuthor(author)
                .addCategory("Analysis")
                .addTags("Russia", "Afghanistan", "Taliban", "Central Asia")
                .image(Image.builder().url(URI.create("https://example.org/media/kabul-skyline.jpg"))
                        .alt("Kabul seen from a hill at dusk").width(1200).height(675)
                        .caption("Kabul, 2022").credit("Example Photo Desk").build())
                .addTranslation(Translation.builder().locale(new Locale("tr"))
                        .url(URI.create("https://example.org/tr/moskova-ve-taliban"))
                        .title("Moskova ve Taliban: Rusya-Afganistan yakınlaşması kalıcı mı?")
                        .slug(Slug.of("moskova-ve-taliban")).build())
                .addTranslation(Translation.builder().locale(new Locale("ru"))
                        .url(URI.create("https://example.org/ru/moskva-i-taliby"))
                        .title("Москва и талибы: надолго ли это сближение?")
                        .slug(Slug.of("moskva-i-taliby")).build())
                .addRelated(RelatedPost.builder().title("Border Trade After the Withdrawal")
                        .url(URI.create("https://example.org/en/border-trade")).slug(Slug.of("border-trade"))
                        .locale(Locale.ENGLISH).published(OffsetDateTime.parse("2022-10-02T10:00:00+03:00")).build())
                .addRelated(RelatedPost.builder().title("Water Disputes on the Amu Darya")
                        .url(URI.create("https://example.org/en/amu-darya")).slug(Slug.of("amu-darya"))
                        .locale(Locale.ENGLISH).published(OffsetDateTime.parse("2022-09-14T12:15:30.5+03:00"))
                        .image(Image.of(URI.create("https://example.org/media/amu-darya.jpg")))
                        .summary("Canals, quotas and a river shared by five states.").build())
                .build();
    }

    /** The least a document can hold: a draft with an empty body. */
    static Article minimalDraft() {
        return Article.builder()
                .id("draft-1")
                .locale(Locale.ENGLISH)
                .title("Untitled draft")
                .slug(Slug.of("untitled-draft"))
                .body(Body.of(BodyFormat.MARKDOWN, ""))
                .status(Status.DRAFT)
                .build();
    }

    /**
     * A Turkish edition machine-translated from the English sample and reviewed, renamed once,
     * with a correction; its link to the English original is current, its Russian sibling's is
     * marked with the English time it was made from.
     */
    static Article translated() {
        OffsetDateTime published = OffsetDateTime.parse("2022-11-23T11:00:00+03:00");
        return Article.builder()
                .id("moscow-taliban-line-tr")
                .locale(new Locale("tr"))
                .title("Moskova ve Taliban: Rusya-Afganistan yakınlaşması kalıcı mı?")
                .slug(Slug.of("moskova-ve-taliban-yakinlasma-kalici-mi"))
                .addPreviousSlug(Slug.of("moskova-ve-taliban"))
                .body(Body.of(BodyFormat.MARKDOWN, "Moskova, Kabil'i yöneten hareketle nasıl konuştuğunu geçen yıl boyunca yeniden ayarladı.\n\nBu bir örnek metindir."))
                .status(Status.PUBLISHED)
                .published(published)
                .modified(published.plusDays(1))
                .canonicalUrl(URI.create("https://example.org/tr/moskova-ve-taliban-yakinlasma-kalici-mi"))
                .addAuthor(Author.builder().id("a-karimov").name("Anvar Tursunovich KARIMOV").build())
                .translationOf(dev.byline.TranslationSource.builder()
                        .locale(Locale.ENGLISH)
                        .id("moscow-taliban-line")
                        .url(URI.create("https://example.org/en/moscow-and-the-taliban"))
                        .sourceModified(OffsetDateTime.parse("2022-11-22T08:00:00+03:00"))
                        .method(dev.byline.TranslationMethod.MACHINE_REVIEWED)
                        .addTranslator(dev.byline.Translator.builder().name("Leyla Aydın")
                                .type(dev.byline.TranslatorType.PERSON).authorId("l-aydin").build())
                        .addTranslator(dev.byline.Translator.of("Örnek Çeviri Servisi", dev.byline.TranslatorType.ORGANIZATION))
                        .build())
                .addTranslation(Translation.builder().locale(Locale.ENGLISH)
                        .url(URI.create("https://example.org/en/moscow-and-the-taliban"))
                        .title("Moscow and the Taliban: Is Russia-Afghanistan Engagement Here to Stay?")
                        .slug(Slug.of("moscow-and-the-taliban")).method(dev.byline.TranslationMethod.HUMAN).build())
                .addTranslation(Translation.builder().locale(new Locale("ru"))
                        .url(URI.create("https://example.org/ru/moskva-i-taliby"))
                        .slug(Slug.of("moskva-i-taliby")).addPreviousSlug(Slug.of("moskva-taliby"))
                        .method(dev.byline.TranslationMethod.MACHINE)
                        .sourceModified(OffsetDateTime.parse("2022-11-21T09:30:00+03:00")).build())
                .addCorrection(dev.byline.Correction.of(published.plusDays(1),
                        "Önceki sürümde sınır kapısının açılış tarihi yanlış verilmişti."))
                .build();
    }

    /** A right-to-left Persian article with Persian digits and a Unicode slug. */
    static Article persian() {
        return Article.builder()
                .id("fa-۱۴۰۱-۰۹")
                .locale(new Locale("fa"))
                .title("مسکو و طالبان در سال ۱۴۰۱")
                .slug(Slug.of("مسکو-و-طالبان-۱۴۰۱"))
                .summary("نگاهی کوتاه به روابط مسکو و کابل در ۱۲ ماه گذشته.")
                .body(Body.of(BodyFormat.TEXT, "روابط مسکو و کابل در ۱۲ ماه گذشته تغییر کرده است.\n\nاین یک متن نمونه است."))
                .status(Status.PUBLISHED)
                .published(OffsetDateTime.parse("2022-11-21T10:00:00+03:30"))
                .addAuthor(Author.builder().id("a-karimov").name("انور کریموف")
                        .addLanguage(LanguageSkill.builder().language(new Locale("fa")).proficiency(Proficiency.NATIVE)
                                .cefr(CefrLevel.C2).build())
                        .build())
                .addTags("افغانستان", "روسیه")
                .canonicalUrl(URI.create("https://example.org/fa/%D9%85%D8%B3%DA%A9%D9%88"))
                .addTranslation(Translation.of(Locale.ENGLISH, URI.create("https://example.org/en/moscow-and-the-taliban")))
                .build();
    }

    private static final String[] WORDS = {"Kabul", "Moscow", "Ankara", "Herat", "water", "quota", "talks", "Türkçe",
        "Русский", "مسکو", "پښتو", "東京", "Ελλάδα", "हिन्दी", "한국어", "ไทย", "a&b", "\"quoted\"", "<tag>", "line\u2028sep",
        "emoji 😀", "café", "naïve", "İstanbul"};
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, new Locale("tr"), new Locale("ru"),
            new Locale("fa"), new Locale("ps"), Locale.forLanguageTag("uz-Cyrl"), Locale.forLanguageTag("zh-Hant-TW"),
            Locale.forLanguageTag("en-GB"));

    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static Extensions extensions(Random random) {
        Extensions e = Extensions.empty();
        if (random.nextBoolean()) {
            e = e.with("price", new BigDecimal(random.nextInt(100_000) + "." + random.nextInt(10) + "0"));
        }
        if (random.nextBoolean()) {
            e = e.with("big", new BigInteger("1" + "0".repeat(random.nextInt(40))));
        }
        if (random.nextBoolean()) {
            e = e.with("note", words(random, 2));
        }
        return e;
    }

    /** A valid article built from the seed: every optional part present or not, text in many scripts. */
    static Article generated(Random random, int n) {
        Locale locale = LOCALES.get(random.nextInt(LOCALES.size()));
        boolean published = random.nextBoolean();
        OffsetDateTime when = OffsetDateTime.parse("2022-11-21T09:30:00+03:00").plusMinutes(random.nextInt(1_000_000))
                .withNano(random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
        Article.Builder b = Article.builder().id("gen-" + n).locale(locale).title(words(random, 1 + random.nextInt(6)))
                .slug(Slug.of("gen-" + n))
                .body(Body.of(BodyFormat.values()[random.nextInt(BodyFormat.values().length)], words(random, 20)))
                .status(published ? Status.PUBLISHED : Status.DRAFT)
                .extensions(extensions(random));
        if (published || random.nextBoolean()) {
            b.published(when);
        }
        if (random.nextBoolean()) {
            b.modified(when.plusDays(1));
        }
        if (random.nextBoolean()) {
            b.subtitle(words(random, 3));
        }
        if (random.nextBoolean()) {
            b.summary(words(random, 8));
        }
        if (random.nextBoolean()) {
            b.canonicalUrl(URI.create("https://example.org/" + locale.toLanguageTag() + "/gen-" + n));
        }
        int authors = published ? 1 + random.nextInt(3) : random.nextInt(2);
        for (int a = 0; a < authors; a++) {
            Author.Builder author = Author.builder().id("author-" + a).name(words(random, 2)).extensions(extensions(random));
            if (random.nextBoolean()) {
                author.bio(words(random, 10));
            }
            if (random.nextBoolean()) {
                author.addLanguage(LanguageSkill.builder().language(new Locale("fa")).proficiency(Proficiency.FLUENT)
                        .cefr(CefrLevel.C1).build());
            }
            if (random.nextBoolean()) {
                author.addExpertise("Afghanistan").addAffiliation(words(random, 2));
            }
            if (random.nextBoolean()) {
                author.url(URI.create("https://example.org/authors/" + a)).addSameA(URI.create("https://example.net/" + a));
            }
            b.addAuthor(author.build());
        }
        for (int t = 0; t < random.nextInt(3); t++) {
            b.addTag("tag " + t + " " + WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextBoolean()) {
            b.addCategory("Analysis");
        }
        if (random.nextBoolean()) {
            b.image(Image.builder().url(URI.create("https://example.org/i/" + n + ".jpg")).width(1 + random.nextInt(4000))
                    .height(1 + random.nextInt(4000)).alt(words(random, 3)).extensions(extensions(random)).build());
        }
        for (Locale other : LOCALES) {
            if (!other.equals(locale) && random.nextInt(3) == 0) {
                Translation.Builder t = Translation.builder().locale(other)
                        .url(URI.create("https://example.org/" + other.toLanguageTag() + "/gen-" + n));
                if (random.nextBoolean()) {
                    t.title(words(random, 4));
                }
                b.addTranslation(t.build());
            }
        }
        if (random.nextBoolean()) {
            b.addRelated(RelatedPost.builder().title(words(random, 4)).url(URI.create("https://example.org/r/" + n))
                    .published(when.minusDays(3)).locale(locale).build());
        }
        return b.build();
    }
}
