package dev.byline.examples;

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
import java.util.Locale;

/**
 * The sample article of the tour, shaped like the reference page: an English analysis with
 * Turkish and Russian editions, one author who speaks five languages at two levels, and three
 * similar posts. The words are the project's own.
 */
public final class SampleArticle {

    private SampleArticle() {}

    /** The site the sample lives on. */
    public static final String SITE = "https://analysis.example.org";

    /**
     * Builds the sample article.
     *
     * @return the article; never null
     */
    public static Article article() {
        return Article.builder()
                .id("russia-taliban-ties-2022")
                .locale(Locale.ENGLISH)
                .title("Russia-Taliban Ties: Where Is Moscow Heading in Afghanistan?")
                .slug(Slug.of("russia-taliban-ties-where-is-moscow-heading-in-afghanistan"))
                .summary("Moscow has kept its embassy in Kabul open and hosts Taliban envoys, yet stops short of"
                        + " recognition. What does it want, and what can it offer?")
                .body(Body.of(BodyFormat.HTML, BODY))
                .status(Status.PUBLISHED)
                .published(OffsetDateTime.parse("2022-11-21T09:30:00+03:00"))
                .modified(OffsetDateTime.parse("2022-11-22T08:00:00+03:00"))
                .canonicalUrl(URI.create(SITE + "/en/russia-taliban-ties-where-is-moscow-heading-in-afghanistan/"))
                .addAuthor(author())
                .addCategories("Analysis", "Central Asia")
                .addTags("Afghanistan", "Russia", "Taliban", "Security")
                .image(Image.builder()
                        .url(URI.create(SITE + "/media/kabul-skyline.jpg"))
                        .alt("Kabul seen from a hillside at dusk")
                        .width(1200)
                        .height(675)
                        .build())
                .addTranslation(Translation.builder()
                        .locale(Locale.forLanguageTag("tr"))
                        .url(URI.create(SITE + "/tr/rusya-taliban-iliskileri-moskova-afganistanda-nereye-gidiyor/"))
                        .title("Rusya-Taliban İlişkileri: Moskova Afganistan'da Nereye Gidiyor?")
                        .slug(Slug.of("rusya-taliban-iliskileri-moskova-afganistanda-nereye-gidiyor"))
                        .build())
                .addTranslation(Translation.builder()
                        .locale(Locale.forLanguageTag("ru"))
                        .url(URI.create(SITE + "/ru/otnosheniya-rossii-i-talibana/"))
                        .title("Отношения России и «Талибана»: куда движется Москва в Афганистане?")
                        .slug(Slug.of("otnosheniya-rossii-i-talibana"))
                        .build())
                .addRelated(related("Pakistan and the Durand Line: An Old Border, New Tensions",
                        "pakistan-and-the-durand-line", "2022-10-02T10:00:00+03:00"))
                .addRelated(related("Central Asian Republics Face a New Neighbour",
                        "central-asian-republics-face-a-new-neighbour", "2022-09-14T11:15:00+03:00"))
                .addRelated(related("Water, Dams and Diplomacy on the Amu Darya",
                        "water-dams-and-diplomacy-on-the-amu-darya", "2022-08-30T08:45:00+03:00"))
                .build();
    }

    /**
     * Builds the sample author: fluent in Farsi, Uzbek, Turkish and Pashto, intermediate in
     * English.
     *
     * @return the author; never null
     */
    public static Author author() {
        return Author.builder()
                .id("daud-karimi")
                .name("Daud Ahmad KARIMI")
                .bio("Daud Ahmad Karimi studied political science in Kabul (2012) and international relations in"
                        + " Ankara (2016), where his master's thesis examined border politics between Afghanistan and"
                        + " Pakistan. He is a doctoral candidate and writes for the institute on Afghanistan and"
                        + " Pakistan.")
                .addAffiliation("Institute for Regional Analysis")
                .addExpertise("Afghanistan", "Pakistan")
                .addLanguage(LanguageSkill.of(Locale.forLanguageTag("fa"), Proficiency.FLUENT))
                .addLanguage(LanguageSkill.of(Locale.forLanguageTag("uz"), Proficiency.FLUENT))
                .addLanguage(LanguageSkill.of(Locale.forLanguageTag("tr"), Proficiency.FLUENT))
                .addLanguage(LanguageSkill.of(Locale.forLanguageTag("ps"), Proficiency.FLUENT))
                .addLanguage(LanguageSkill.builder()
                        .language(Locale.ENGLISH)
                        .proficiency(Proficiency.INTERMEDIATE)
                        .cefr(CefrLevel.B2)
                        .build())
                .url(URI.create(SITE + "/authors/daud-karimi/"))
                .build();
    }

    private static RelatedPost related(String title, String slug, String published) {
        return RelatedPost.builder()
                .title(title)
                .url(URI.create(SITE + "/en/" + slug + "/"))
                .slug(Slug.of(slug))
                .locale(Locale.ENGLISH)
                .published(OffsetDateTime.parse(published))
                .build();
    }

    private static final String BODY = String.join("\n",
            "<p>When the Taliban returned to Kabul in August 2021, Russia was one of the few states that kept its"
                    + " embassy open. Since then Moscow has received Taliban delegations, invited them to regional"
                    + " forums and spoken of \"realities on the ground\", while the movement stays on Russia's list of"
                    + " banned organisations.</p>",
            "<p>The reasons are practical. Russia wants a quiet southern border for its Central Asian partners,"
                    + " fewer narcotics moving north, and no foothold for armed groups that could reach Tajikistan or"
                    + " Uzbekistan. Talking to whoever controls Kabul serves all three aims.</p>",
            "<p>Yet Moscow has little to give. Its economy is under sanctions, its attention is elsewhere, and"
                    + " recognition would set it apart from the partners whose consensus it seeks. The result is a"
                    + " relationship of contacts without commitments.</p>",
            "<p>Whether that balance holds depends less on Russia than on the Taliban themselves: on how they"
                    + " treat their neighbours' concerns, and on whether any government is ready to be the first to"
                    + " recognise them.</p>");
}
