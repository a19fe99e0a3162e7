package dev.byline.related;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.Image;
import dev.byline.Slug;
import dev.byline.Status;
import dev.byline.Translation;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A hand-made archive of 36 articles in English, Turkish and Russian about a few clearly
 * separated subjects (the Taliban and their neighbours; economics; culture; sport), with
 * editions linked in every way the edition rules allow, and articles that must never be
 * returned (drafts, withdrawn, scheduled, embargoed).
 */
final class Archive {

    private Archive() {}

    static final String SITE = "https://analysis.example.org";
    static final Locale EN = Locale.ENGLISH;
    static final Locale TR = Locale.forLanguageTag("tr");
    static final Locale RU = Locale.forLanguageTag("ru");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-01-01T00:00:00Z"), ZoneOffset.UTC);

    static final Author KARIMI = Author.builder().id("karimi").name("Daud KARIMI").build();
    static final Author SOKOLOVA = Author.builder().id("sokolova").name("Irina Sokolova").build();
    static final Author YILMAZ = Author.builder().id("yilmaz").name("Elif Yılmaz").build();
    static final Author BAKER = Author.builder().id("baker").name("Tom Baker").build();

    static RelatedOptions options() {
        return RelatedOptions.defaults().withClock(CLOCK);
    }

    /** A published article; change it with {@code withX}. */
    static Article article(String id, Locale locale, String slug, String title, String summary, String date,
            List<String> tags, List<String> categories, Author... authors) {
        return Article.builder()
                .id(id)
                .locale(locale)
                .title(title)
                .slug(Slug.of(slug))
                .summary(summary)
                .body(Body.of(BodyFormat.TEXT, summary))
                .status(Status.PUBLISHED)
                .published(OffsetDateTime.parse(date + "T09:00:00+03:00"))
                .canonicalUrl(url(locale, slug))
                .addAuthors(authors)
                .tags(tags)
                .categories(categories)
                .build();
    }

    static URI url(Locale locale, String slug) {
        return URI.create(SITE + "/" + locale.toLanguageTag() + "/" + slug + "/");
    }

    static Translation translation(Locale locale, String slug) {
        return Translation.builder().locale(locale).url(url(locale, slug)).slug(Slug.of(slug)).build();
    }

    /** The article the tests ask about, in English, with its Turkish and Russian editions. */
    static Article query() {
        return article("moscow-taliban", EN, "moscow-and-the-taliban",
                "Moscow and the Taliban: a cautious courtship",
                "Russia keeps its embassy in Kabul open and talks to Taliban envoys, but stops short of recognition.",
                "2022-11-21", List.of("Afghanistan", "Russia", "Taliban"), List.of("Analysis", "Central Asia"), KARIMI)
                .withTranslations(translation(TR, "moskova-ve-taliban"), translation(RU, "moskva-i-taliban"))
                .withImage(Image.builder().url(URI.create(SITE + "/media/kabul.jpg")).alt("Kabul at dusk").build());
    }

    static Article queryTurkish() {
        return article("moscow-taliban", TR, "moskova-ve-taliban", "Moskova ve Taliban: temkinli bir yakınlaşma",
                "Rusya Kabil'deki büyükelçiliğini açık tutuyor ve Taliban temsilcileriyle görüşüyor, ama tanımıyor.",
                "2022-11-22", List.of("Afganistan", "Rusya", "Taliban"), List.of("Analiz", "Orta Asya"), KARIMI)
                .withTranslations(translation(EN, "moscow-and-the-taliban"), translation(RU, "moskva-i-taliban"));
    }

    static Article queryRussian() {
        return article("moscow-taliban", RU, "moskva-i-taliban", "Москва и «Талибан»: осторожное сближение",
                "Россия сохраняет посольство в Кабуле и принимает посланников «Талибана», но не признаёт их.",
                "2022-11-22", List.of("Афганистан", "Россия", "Талибан"), List.of("Анализ", "Центральная Азия"), KARIMI)
                .withTranslations(translation(EN, "moscow-and-the-taliban"), translation(TR, "moskova-ve-taliban"));
    }

    /** The whole archive, the query's editions included. */
    static List<Article> all() {
        List<Article> a = new ArrayList<>();
        a.add(query());
        a.add(queryTurkish());
        a.add(queryRussian());

        // English, on the query's subject: the right answers, best first
        a.add(article("taliban-recognition", EN, "who-will-recognise-the-taliban",
                "Who will recognise the Taliban first?",
                "Moscow, Beijing and Ankara weigh recognition of the Taliban government in Kabul.",
                "2022-12-01", List.of("Afghanistan", "Taliban", "Russia", "Diplomacy"), List.of("Analysis"), KARIMI)
                .withTranslations(translation(TR, "talibani-ilk-kim-taniyacak")));
        a.add(article("kabul-embassies", EN, "embassies-in-kabul-reopen",
                "Embassies in Kabul reopen one by one",
                "Which states keep diplomats in Kabul under the Taliban, and why.",
                "2022-10-15", List.of("Afghanistan", "Taliban", "Diplomacy"), List.of("Analysis"), SOKOLOVA));
        a.add(article("durand-line", EN, "pakistan-and-the-durand-line",
                "Pakistan and the Durand Line: an old border, new tensions",
                "Pakistan and Afghanistan argue again over a border drawn in 1893.",
                "2022-10-02", List.of("Afghanistan", "Pakistan", "Borders"), List.of("Analysis", "South Asia"), KARIMI)
                .withTranslations(translation(RU, "pakistan-i-liniya-dyuranda")));
        a.add(article("amu-darya", EN, "water-and-diplomacy-on-the-amu-darya",
                "Water, dams and diplomacy on the Amu Darya",
                "A canal in northern Afghanistan worries Central Asian neighbours downstream.",
                "2022-08-30", List.of("Afghanistan", "Water", "Central Asia"), List.of("Central Asia"), SOKOLOVA));
        a.add(article("russia-security-umbrella", EN, "russias-security-umbrella",
                "Russia's security umbrella over Central Asia",
                "Moscow's bases in Tajikistan and Kyrgyzstan after the fall of Kabul.",
                "2022-09-20", List.of("Russia", "Security", "Central Asia"), List.of("Central Asia"), SOKOLOVA));
        a.add(article("taliban-1990s", EN, "russia-and-the-taliban-in-the-1990s",
                "Russia and the Taliban in the 1990s",
                "How Moscow first met the Taliban, from enmity to wary contact.",
                "2005-03-10", List.of("Afghanistan", "Russia", "Taliban", "History"), List.of("Analysis"), BAKER));

        // English, unrelated
        a.add(article("euro-inflation", EN, "why-prices-rise-in-the-euro-area", "Why prices rise in the euro area",
                "Energy, wages and the central bank: a short guide to inflation.", "2022-12-10",
                List.of("Economy", "Europe", "Inflation"), List.of("Economy"), BAKER));
        a.add(article("winter-cup", EN, "a-football-cup-in-winter", "A football cup in winter",
                "Clubs and leagues adjust their seasons to a tournament in December.", "2022-12-18",
                List.of("Football", "Sport"), List.of("Sport"), BAKER));
        a.add(article("jazz-festival", EN, "jazz-festival-returns", "The jazz festival returns",
                "Three nights of music by the sea after two quiet years.", "2022-07-01",
                List.of("Music", "Festivals"), List.of("Culture"), BAKER));
        a.add(article("arctic-ice", EN, "arctic-ice-at-a-low", "Arctic sea ice at a new low",
                "Satellite data show the summer minimum shrinking again.", "2022-09-25",
                List.of("Climate", "Arctic"), List.of("Science"), BAKER));
        a.add(article("chess-olympiad", EN, "chess-olympiad-in-chennai", "A chess olympiad in Chennai",
                "Teams from 180 countries met for two weeks of games.", "2022-08-10",
                List.of("Chess", "Sport"), List.of("Sport"), BAKER));
        a.add(article("tea-harvest", EN, "the-tea-harvest", "The tea harvest in the hills",
                "Pickers, prices and weather in a season of change.", "2022-06-05",
                List.of("Agriculture", "Economy"), List.of("Economy"), BAKER));

        // never returned: not published, or dated after the clock
        a.add(article("taliban-draft", EN, "moscow-and-the-taliban-draft",
                "Moscow and the Taliban: a cautious courtship (draft)", "Russia keeps its embassy in Kabul open.",
                "2022-12-20", List.of("Afghanistan", "Russia", "Taliban"), List.of("Analysis"), KARIMI)
                .withStatus(Status.DRAFT));
        a.add(article("taliban-withdrawn", EN, "moscow-taliban-withdrawn", "Moscow and the Taliban: withdrawn",
                "Russia keeps its embassy in Kabul open.", "2022-12-21",
                List.of("Afghanistan", "Russia", "Taliban"), List.of("Analysis"), KARIMI).withStatus(Status.WITHDRAWN));
        a.add(article("taliban-scheduled", EN, "moscow-taliban-next-year", "Moscow and the Taliban next year",
                "Russia keeps its embassy in Kabul open.", "2023-02-01",
                List.of("Afghanistan", "Russia", "Taliban"), List.of("Analysis"), KARIMI).withStatus(Status.SCHEDULED));
        a.add(article("taliban-embargo", EN, "moscow-taliban-embargoed", "Moscow and the Taliban: embargoed",
                "Russia keeps its embassy in Kabul open.", "2023-03-01",
                List.of("Afghanistan", "Russia", "Taliban"), List.of("Analysis"), KARIMI));

        // editions of the query under other ids: linked by URL and by locale and slug
        a.add(article("moscow-taliban-print", EN, "moscow-and-the-taliban-print",
                "Moscow and the Taliban: a cautious courtship (print)", "Russia keeps its embassy in Kabul open.",
                "2022-11-21", List.of("Afghanistan", "Russia", "Taliban"), List.of("Analysis"), KARIMI)
                .withTranslations(Translation.of(TR, url(TR, "moskova-ve-taliban"))));
        a.add(article("moscow-taliban-uz", Locale.forLanguageTag("uz"), "moskva-va-tolibon",
                "Moskva va Tolibon", "Rossiya Kobuldagi elchixonasini ochiq tutmoqda.", "2022-11-25",
                List.of("Afghanistan", "Russia", "Taliban"), List.of("Analysis"), KARIMI)
                .withTranslations(Translation.builder().locale(EN).url(URI.create("https://mirror.example.net/en/x"))
                        .slug(Slug.of("moscow-and-the-taliban")).build()));

        // Turkish
        a.add(article("taliban-recognition", TR, "talibani-ilk-kim-taniyacak", "Taliban'ı ilk kim tanıyacak?",
                "Moskova, Pekin ve Ankara Kabil'deki Taliban yönetimini tanımayı tartışıyor.", "2022-12-02",
                List.of("Afganistan", "Taliban", "Rusya", "Diplomasi"), List.of("Analiz"), KARIMI));
        a.add(article("turkiye-afghanistan-aid", TR, "turkiye-ve-afganistan", "Türkiye ve Afganistan: insani yardım",
                "Ankara'nın Kabil'e yardımı ve Taliban ile temasları.", "2022-11-01",
                List.of("Afganistan", "Taliban", "Türkiye"), List.of("Analiz"), YILMAZ));
        a.add(article("istanbul-culture", TR, "istanbulda-kultur-sezonu", "İSTANBUL'DA KÜLTÜR SEZONU",
                "Tiyatro, konser ve sergilerle dolu bir sonbahar.", "2022-10-10",
                List.of("Kültür", "İstanbul"), List.of("Kültür"), YILMAZ));
        a.add(article("lira-inflation", TR, "liradaki-dusus", "Liradaki düşüş ve enflasyon",
                "Fiyatlar, faizler ve ücretler üzerine kısa bir not.", "2022-12-05",
                List.of("Ekonomi", "Enflasyon"), List.of("Ekonomi"), YILMAZ));
        a.add(article("tea-harvest", TR, "cay-hasadi", "Karadeniz'de çay hasadı",
                "Toplayıcılar, fiyatlar ve hava: değişen bir sezon.", "2022-06-06",
                List.of("Tarım", "Ekonomi"), List.of("Ekonomi"), YILMAZ));
        a.add(article("izmir-football", TR, "izmirde-futbol", "İzmir'de futbol heyecanı",
                "Şehrin iki kulübü aynı ligde buluşuyor.", "2022-09-09",
                List.of("Futbol", "Spor"), List.of("Spor"), YILMAZ));

        // Russian
        a.add(article("durand-line", RU, "pakistan-i-liniya-dyuranda", "Пакистан и линия Дюранда",
                "Пакистан и Афганистан снова спорят о границе 1893 года.", "2022-10-03",
                List.of("Афганистан", "Пакистан", "Границы"), List.of("Анализ"), KARIMI));
        a.add(article("russia-taliban-talks", RU, "rossiya-i-taliban-peregovory", "Россия и «Талибан»: переговоры в Москве",
                "Москва принимает делегацию «Талибана» и говорит о признании.", "2022-11-30",
                List.of("Афганистан", "Талибан", "Россия"), List.of("Анализ"), KARIMI));
        a.add(article("ballet-season", RU, "baletnyy-sezon", "Балетный сезон открыт",
                "Новые постановки и старые звёзды на главной сцене.", "2022-10-20",
                List.of("Культура", "Балет"), List.of("Культура"), SOKOLOVA));
        a.add(article("ruble-rate", RU, "kurs-rublya", "Курс рубля и цены",
                "Что происходит с ценами и зарплатами этой осенью.", "2022-11-11",
                List.of("Экономика", "Инфляция"), List.of("Экономика"), SOKOLOVA));
        a.add(article("hockey-league", RU, "khokkeynaya-liga", "Хоккейная лига стартует",
                "Новые клубы и старые соперники в новом сезоне.", "2022-09-01",
                List.of("Хоккей", "Спорт"), List.of("Спорт"), SOKOLOVA));

        // on the subject, but without a canonical URL
        a.add(Article.builder().from(article("taliban-no-url", EN, "taliban-and-the-sco",
                "The Taliban, Russia and the Shanghai Cooperation Organisation",
                "Could Kabul under the Taliban join Moscow's regional club?", "2022-11-28",
                List.of("Afghanistan", "Taliban", "Russia"), List.of("Analysis"), KARIMI))
                .canonicalUrl(java.util.Optional.empty()).build());
        return a;
    }

    static List<String> ids(List<ScoredPost> posts) {
        List<String> ids = new ArrayList<>();
        for (ScoredPost p : posts) {
            ids.add(p.article().id() + "/" + p.article().locale().toLanguageTag());
        }
        return ids;
    }
}
