package dev.byline.examples.service;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.CefrLevel;
import dev.byline.LanguageSkill;
import dev.byline.Proficiency;
import dev.byline.Slug;
import dev.byline.Status;
import dev.byline.Translation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The articles the service starts with, modelled on the shape of the page byline was designed
 * from: an analysis in four editions (English, Turkish, Russian and Persian, which is written
 * right to left), by an author who speaks five languages, and a few shorter pieces in those
 * languages for the "Similar posts" block. Every edition is a full article of its own, with its
 * own id, linking all the other editions of its story through {@link Article#translations()}.
 *
 * <p>The text is sample text written for byline. The long bodies are resources next to this
 * class ({@code samples/}), in the formats byline reads: HTML (English, Russian) and Markdown
 * (Turkish, Persian); one short piece is plain text.
 */
public final class SampleArticles {

    private SampleArticles() {}

    /** The site the editions are published on. */
    public static final String SITE = "https://news.example.org";

    /** The id of the English edition of the lead story, the article {@code /} leads to. */
    public static final String ENGLISH_ID = "border-markets-before-winter";

    /** The id of the Persian edition of the lead story. */
    public static final String PERSIAN_ID = "bazar-haye-marzi";

    /** The id of the Turkish edition of the lead story. */
    public static final String TURKISH_ID = "sinir-pazarlari-kisa-hazirlaniyor";

    /** The id of the Russian edition of the lead story. */
    public static final String RUSSIAN_ID = "prigranichnye-rynki-k-zime";

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale TURKISH = Locale.forLanguageTag("tr");
    /** The Turkish edition's slug before its title was edited: its old path answers 301. */
    static final String TURKISH_OLD_SLUG = "sinir-pazarlari-kisa-hazirlaniyor";
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private static final OffsetDateTime LEAD_PUBLISHED = OffsetDateTime.parse("2025-11-03T08:00:00+04:30");

    private static final List<Article> LEAD = story(LEAD_PUBLISHED,
            new Sample(ENGLISH_ID, ENGLISH, "Trade by the River: Border Markets Get Ready for Winter",
                    "trade-by-the-river",
                    "Before the first snow, traders on both banks stock up and hope the bridge stays open.",
                    Body.of(BodyFormat.HTML, resource("river-markets.en.html")),
                    "Economy", List.of("Trade", "Borders", "Winter"), rahimi(ENGLISH)),
            new Sample(TURKISH_ID, TURKISH, "Nehir Kıyısında Ticaret: Sınır Pazarları Kışa Hazırlanıyor",
                    "nehir-kiyisinda-ticaret",
                    "İlk kardan önce iki kıyının tüccarları stok yapıyor ve köprünün açık kalmasını umuyor.",
                    Body.of(BodyFormat.MARKDOWN, resource("river-markets.tr.md")),
                    "Ekonomi", List.of("Ticaret", "Sınırlar", "Kış"), rahimi(TURKISH)),
            new Sample(RUSSIAN_ID, RUSSIAN, "Торговля у реки: приграничные рынки готовятся к зиме",
                    "torgovlya-u-reki",
                    "До первого снега торговцы с обоих берегов запасаются товаром и надеются, что мост не закроют.",
                    Body.of(BodyFormat.HTML, resource("river-markets.ru.html")),
                    "Экономика", List.of("Торговля", "Границы", "Зима"), rahimi(RUSSIAN)),
            new Sample(PERSIAN_ID, PERSIAN, "تجارت در کنار رود: بازارهای مرزی و زمستان",
                    "tejarat-kenar-rud",
                    "پیش از برف اول، بازرگانان دو سوی رود کالا انبار می\u200cکنند و امیدوارند پل باز بماند.",
                    Body.of(BodyFormat.MARKDOWN, resource("river-markets.fa.md")),
                    "اقتصاد", List.of("تجارت", "مرزها", "زمستان"), rahimi(PERSIAN)));

    private static final List<Article> OTHERS = others();

    /**
     * Returns every sample article: the four editions of the lead story first, then the
     * editions of the shorter pieces.
     *
     * @return the articles, all published
     */
    public static List<Article> all() {
        List<Article> all = new ArrayList<>(LEAD);
        all.addAll(OTHERS);
        return List.copyOf(all);
    }

    /**
     * Returns the editions of the lead story.
     *
     * @return the English, Turkish, Russian and Persian editions, in that order
     */
    public static List<Article> lead() {
        return LEAD;
    }

    /**
     * Returns the English edition of the lead story, which links its Turkish, Russian and
     * Persian editions.
     *
     * @return the article
     */
    public static Article english() {
        return LEAD.get(0);
    }

    /**
     * Returns the Turkish edition of the lead story.
     *
     * @return the article
     */
    public static Article turkish() {
        return LEAD.get(1);
    }

    /**
     * Returns the Russian edition of the lead story.
     *
     * @return the article
     */
    public static Article russian() {
        return LEAD.get(2);
    }

    /**
     * Returns the Persian edition of the lead story, written right to left.
     *
     * @return the article
     */
    public static Article persian() {
        return LEAD.get(3);
    }

    /**
     * Returns the URL of a page of the sample site.
     *
     * @param locale the edition's language
     * @param slug the edition's slug
     * @return {@code https://news.example.org/<language tag>/<slug>/}
     */
    static URI url(Locale locale, String slug) {
        return URI.create(SITE + "/" + locale.toLanguageTag() + "/" + slug + "/");
    }

    private static List<Article> others() {
        List<Article> others = new ArrayList<>();
        others.addAll(story(OffsetDateTime.parse("2025-10-20T09:00:00+04:30"),
                new Sample("bread-and-the-pass", ENGLISH, "Why Bread Costs More When the Pass Closes", "bread-and-the-pass",
                        "A closed mountain pass adds a week to every delivery, and bakers pass the cost on.",
                        Body.of(BodyFormat.HTML, "<p>When snow closes the northern pass, flour takes the long road"
                                + " through the river valley. Bakers in the market towns say a week’s delay adds a"
                                + " fifth to the price of a loaf.</p><p>Some bake smaller loaves instead; customers"
                                + " notice either way.</p>"),
                        "Economy", List.of("Trade", "Food prices", "Winter"), noori(ENGLISH)),
                new Sample("nan-va-gardaneh", PERSIAN, "چرا با بسته شدن گردنه نان گران می\u200cشود", "nan-va-gardaneh",
                        "بسته شدن گردنه هر محموله را یک هفته دیرتر می\u200cرساند و نانواها هزینه را بر نان می\u200cگذارند.",
                        Body.of(BodyFormat.MARKDOWN, "وقتی برف گردنهٔ شمالی را می\u200cبندد، آرد از راه دراز دره"
                                + " می\u200cآید. نانواهای شهرهای بازار می\u200cگویند یک هفته تأخیر یک پنجم به قیمت"
                                + " هر نان اضافه می\u200cکند.\n\nبعضی نان کوچک\u200cتر می\u200cپزند؛ مشتری\u200cها در هر"
                                + " حال متوجه می\u200cشوند.\n"),
                        "اقتصاد", List.of("تجارت", "قیمت غذا", "زمستان"), noori(PERSIAN))));
        others.addAll(story(OffsetDateTime.parse("2025-09-12T18:30:00+04:30"),
                new Sample("night-bus-to-the-border", ENGLISH, "The Night Bus to the Border", "night-bus-to-the-border",
                        "Twelve hours, three checkpoints and one thermos of tea: a ride with the traders who travel light.",
                        Body.of(BodyFormat.HTML, "<p>The bus leaves the capital at nine in the evening and reaches"
                                + " the river crossing at dawn. Most passengers are traders carrying samples rather"
                                + " than stock.</p><p>They sleep little and talk about prices.</p>"),
                        "Society", List.of("Borders", "Transport"), rahimi(ENGLISH)),
                new Sample("nochnoy-avtobus", RUSSIAN, "Ночной автобус до границы", "nochnoy-avtobus",
                        "Двенадцать часов, три блокпоста и термос чая: поездка с торговцами, которые ездят налегке.",
                        Body.of(BodyFormat.HTML, "<p>Автобус уходит из столицы в девять вечера и к рассвету"
                                + " добирается до переправы. Большинство пассажиров — торговцы с образцами, а не с"
                                + " товаром.</p><p>Они мало спят и много говорят о ценах.</p>"),
                        "Общество", List.of("Границы", "Транспорт"), rahimi(RUSSIAN))));
        others.addAll(story(OffsetDateTime.parse("2025-10-28T07:15:00+03:00"),
                new Sample("kis-yolunda-kamyoncular", TURKISH, "Kış Yolunda Kamyoncular: Sınırda Uzun Bekleyiş",
                        "kis-yolunda-kamyoncular",
                        "Sınır kapısında sıra bazen üç gün sürüyor; şoförler kamyonlarında uyuyor.",
                        Body.of(BodyFormat.MARKDOWN, "Sınır kapısındaki kamyon kuyruğu **üç güne** kadar"
                                + " uzayabiliyor. Şoförler sırayla uyuyor, çaylarını motorun sıcağında"
                                + " demliyor.\n\nKış geldiğinde bekleyiş daha da uzuyor.\n"),
                        "Ekonomi", List.of("Ticaret", "Sınırlar", "Kış"), rahimi(TURKISH))));
        others.addAll(story(OffsetDateTime.parse("2025-10-05T12:00:00+05:00"),
                new Sample("rynok-v-gorakh", RUSSIAN, "Рынок в горах: соль, мёд и новости", "rynok-v-gorakh",
                        "Раз в неделю горный посёлок превращается в рынок, где торгуют всем — и новостями тоже.",
                        Body.of(BodyFormat.TEXT, "Раз в неделю на площади горного посёлка ставят прилавки.\n\n"
                                + "Соль везут с юга, мёд — с верхних пастбищ, а новости приходят вместе с"
                                + " покупателями."),
                        "Экономика", List.of("Торговля", "Границы"), vasilyeva(RUSSIAN))));
        others.addAll(story(OffsetDateTime.parse("2025-08-30T10:00:00+04:30"),
                new Sample("radio-reads-the-weather-twice", ENGLISH, "A Radio Station That Reads the Weather Twice",
                        "radio-reads-the-weather-twice",
                        "In the valley, the forecast goes out in two languages, and listeners call in with corrections.",
                        Body.of(BodyFormat.HTML, "<p>Every morning the valley’s radio station reads the forecast in"
                                + " two languages. Shepherds call in when it is wrong.</p>"),
                        "Society", List.of("Media", "Languages"), vasilyeva(ENGLISH))));
        return List.copyOf(others);
    }

    /** One edition of a story, before the editions are linked to each other. */
    private record Sample(String id, Locale locale, String title, String slug, String summary, Body body,
            String category, List<String> tags, Author author) {}

    /** Builds the editions of one story, each linking all the others. */
    private static List<Article> story(OffsetDateTime published, Sample... editions) {
        List<Article> articles = new ArrayList<>(editions.length);
        for (Sample edition : editions) {
            Article.Builder article = Article.builder()
                    .id(edition.id())
                    .locale(edition.locale())
                    .title(edition.title())
                    .slug(Slug.of(edition.slug()))
                    .summary(edition.summary())
                    .body(edition.body())
                    .status(Status.PUBLISHED)
                    .published(published)
                    .canonicalUrl(url(edition.locale(), edition.slug()))
                    .addAuthor(edition.author())
                    .addCategory(edition.category())
                    .addAllTags(edition.tags());
            if (edition.id().equals(TURKISH_ID)) {
                // the Turkish title was edited after publication; the old slug is kept for redirects
                article.addPreviousSlug(Slug.of(TURKISH_OLD_SLUG));
            }
            for (Sample other : editions) {
                if (other != edition) {
                    article.addTranslation(Translation.builder()
                            .locale(other.locale())
                            .url(url(other.locale(), other.slug()))
                            .title(other.title())
                            .slug(Slug.of(other.slug()))
                            .build());
                }
            }
            articles.add(article.build());
        }
        return List.copyOf(articles);
    }

    /** The lead story's author, written for the reader of each edition. */
    private static Author rahimi(Locale edition) {
        Author.Builder author = Author.builder()
                .id("m-rahimi")
                .addLanguage(LanguageSkill.of(PERSIAN, Proficiency.NATIVE))
                .addLanguage(LanguageSkill.of(Locale.forLanguageTag("uz"), Proficiency.FLUENT))
                .addLanguage(LanguageSkill.builder().language(TURKISH).proficiency(Proficiency.FLUENT)
                        .cefr(CefrLevel.C1).build())
                .addLanguage(LanguageSkill.of(Locale.forLanguageTag("ps"), Proficiency.FLUENT))
                .addLanguage(LanguageSkill.builder().language(ENGLISH).proficiency(Proficiency.INTERMEDIATE)
                        .cefr(CefrLevel.B2).build());
        switch (edition.getLanguage()) {
            case "tr":
                return author.name("Mina Sadat RAHİMİ")
                        .bio("Mina Sadat Rahimi, Kuzey Vadisi Üniversitesi’nde iktisat (lisans, 2011) ve Göl"
                                + " Kıyısı Teknik Üniversitesi’nde bölgesel kalkınma (yüksek lisans, 2015) okudu;"
                                + " tezinde sınır çarşılarındaki kayıt dışı krediyi inceledi. Kalkınma"
                                + " çalışmaları alanında doktora yapıyor ve Nehir Havzası Enstitüsü’ne analizler"
                                + " yazıyor.")
                        .addAffiliation("Nehir Havzası Enstitüsü")
                        .addExpertise("Afganistan", "Orta Asya")
                        .build();
            case "ru":
                return author.name("Мина Садат РАХИМИ")
                        .bio("Мина Садат Рахими изучала экономику в Университете Северной долины (бакалавр,"
                                + " 2011) и региональное развитие в Приозёрном техническом университете (магистр,"
                                + " 2015); её диссертация посвящена неформальному кредиту на приграничных"
                                + " базарах. Сейчас она пишет докторскую диссертацию и сотрудничает с Институтом"
                                + " речного бассейна как аналитик.")
                        .addAffiliation("Институт речного бассейна")
                        .addExpertise("Афганистан", "Центральная Азия")
                        .build();
            case "fa":
                return author.name("مینا سادات رحیمی")
                        .bio("مینا سادات رحیمی اقتصاد را در دانشگاه درهٔ شمالی (کارشناسی، ۲۰۱۱) و توسعهٔ"
                                + " منطقه\u200cای را در دانشگاه فنی کنار دریاچه (کارشناسی ارشد، ۲۰۱۵) خواند و"
                                + " پایان\u200cنامه\u200cاش دربارهٔ اعتبار غیررسمی در بازارهای مرزی بود. او دانشجوی"
                                + " دکترای مطالعات توسعه و تحلیلگر همکار مؤسسهٔ حوضهٔ رود است.")
                        .addAffiliation("مؤسسهٔ حوضهٔ رود")
                        .addExpertise("افغانستان", "آسیای مرکزی")
                        .build();
            default:
                return author.name("Mina Sadat RAHIMI")
                        .bio("Mina Sadat Rahimi studied economics at Northern Valley University (BA, 2011) and"
                                + " regional development at Lakeside Technical University (MA, 2015), where her"
                                + " thesis examined informal credit in border bazaars. She is a doctoral"
                                + " candidate in development studies and a contributing analyst at the River"
                                + " Basin Institute.")
                        .addAffiliation("River Basin Institute")
                        .addExpertise("Afghanistan", "Central Asia")
                        .build();
        }
    }

    private static Author noori(Locale edition) {
        return Author.builder()
                .id("a-noori")
                .name(edition.equals(PERSIAN) ? "آرش نوری" : "Arash NOORI")
                .addLanguage(LanguageSkill.of(PERSIAN, Proficiency.NATIVE))
                .addLanguage(LanguageSkill.of(ENGLISH, Proficiency.FLUENT))
                .build();
    }

    private static Author vasilyeva(Locale edition) {
        return Author.builder()
                .id("o-vasilyeva")
                .name(edition.equals(RUSSIAN) ? "Ольга ВАСИЛЬЕВА" : "Olga VASILYEVA")
                .addLanguage(LanguageSkill.of(RUSSIAN, Proficiency.NATIVE))
                .addLanguage(LanguageSkill.of(ENGLISH, Proficiency.FLUENT))
                .addLanguage(LanguageSkill.builder().language(Locale.forLanguageTag("uz"))
                        .proficiency(Proficiency.BASIC).cefr(CefrLevel.A2).build())
                .build();
    }

    private static String resource(String name) {
        try (InputStream in = SampleArticles.class.getResourceAsStream("/samples/" + name)) {
            return new String(Objects.requireNonNull(in, "sample " + name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
