package dev.byline.benchmarks.related;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.Slug;
import dev.byline.Status;
import dev.byline.Translation;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A reproducible synthetic archive shaped like a multilingual news site: English, Turkish and
 * Russian articles (60/20/20), a quarter of the English ones with an edition in another
 * language, 5% drafts, five years of dates. Tags, categories, authors and words are drawn
 * from skewed (Zipf-like) distributions, so a few terms are on very many articles (as "the" or
 * a big section are) and most are rare; the tag vocabulary and the author list grow with the
 * archive, as on a real site.
 *
 * <p>Two shapes. {@link Shape#TOPICS}: every article belongs to one of {@code size / 40}
 * stories, and takes most of its tags from the story's four, its section from the story, its
 * author usually from the story's desk of three, and about a third of its words from the
 * story's thirty, as follow-ups on a news site do. {@link Shape#RANDOM}: everything is drawn
 * independently, so no two articles are related by more than chance, the worst case for any
 * index that stops early.
 */
public final class SyntheticArchive {

    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale TR = Locale.forLanguageTag("tr");
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String SITE = "https://bench.example.org/";
    private static final int WORDS = 20_000;
    private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";
    private static final String TURKISH = "abcçdefgğhıijklmnoöprsştuüvyz";
    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

    /** How articles relate to one another. */
    public enum Shape {
        /** Articles grouped in stories that share tags, a section, authors and words. */
        TOPICS,
        /** Every term drawn independently. */
        RANDOM
    }

    private static final int STORY_SIZE = 40;
    private static final int STORY_TAGS = 4;
    private static final int STORY_DESK = 3;
    private static final int STORY_WORDS = 30;

    private final Random random;
    private final Shape shape;
    private final int[][] storyTags;
    private final int[] storySection;
    private final int[][] storyDesk;
    private final int[][] storyWords;
    private final Zipf tags;
    private final Zipf categories;
    private final Zipf authors;
    private final Zipf words;
    private final Author[] authorList;

    private SyntheticArchive(int size, long seed, Shape shape) {
        random = new Random(seed);
        this.shape = shape;
        tags = new Zipf(200 + size / 20, 1.0);
        categories = new Zipf(24, 0.8);
        int authorCount = 20 + size / 200;
        authors = new Zipf(authorCount, 0.7);
        words = new Zipf(WORDS, 1.0);
        authorList = new Author[authorCount];
        for (int i = 0; i < authorCount; i++) {
            authorList[i] = Author.builder().id("author-" + i).name("Author " + i).build();
        }
        int stories = Math.max(10, size / STORY_SIZE);
        storyTags = new int[stories][STORY_TAGS];
        storySection = new int[stories];
        storyDesk = new int[stories][STORY_DESK];
        storyWords = new int[stories][STORY_WORDS];
        for (int s = 0; s < stories; s++) {
            for (int i = 0; i < STORY_TAGS; i++) {
                storyTags[s][i] = tags.next(random);
            }
            storySection[s] = categories.next(random);
            for (int i = 0; i < STORY_DESK; i++) {
                storyDesk[s][i] = authors.next(random);
            }
            for (int i = 0; i < STORY_WORDS; i++) {
                // words of middling frequency: names and subjects, not "the"
                storyWords[s][i] = 500 + random.nextInt(WORDS - 500);
            }
        }
    }

    /** Generates {@code size} articles (editions included) from a seed. */
    static List<Article> generate(int size, long seed, Shape shape) {
        return new SyntheticArchive(size, seed, shape).articles(size);
    }

    private List<Article> articles(int size) {
        List<Article> list = new ArrayList<>(size);
        int n = 0;
        while (list.size() < size) {
            String id = "article-" + n++;
            double p = random.nextDouble();
            Locale locale = p < 0.6 ? EN : p < 0.8 ? TR : RU;
            int story = shape == Shape.TOPICS ? random.nextInt(storySection.length) : -1;
            Article base = article(id, locale, null, story);
            if (locale.equals(EN) && random.nextInt(4) == 0 && list.size() + 1 < size) {
                Locale other = random.nextBoolean() ? TR : RU;
                Article edition = article(id, other, base, story);
                list.add(base.withTranslations(link(edition)));
                list.add(edition.withTranslations(link(base)));
            } else {
                list.add(base);
            }
        }
        return list;
    }

    private static Translation link(Article a) {
        return Translation.builder().locale(a.locale()).url(a.canonicalUrl().orElseThrow()).slug(a.slug()).build();
    }

    /**
     * An article of a story (or of none, -1); an edition of {@code original} shares its tags,
     * categories, authors and date.
     */
    private Article article(String id, Locale locale, Article original, int story) {
        String slug = id + "-" + locale.getLanguage();
        Article.Builder b = Article.builder()
                .id(id)
                .locale(locale)
                .title(text(locale, 5 + random.nextInt(6), story))
                .slug(Slug.of(slug))
                .summary(text(locale, 12 + random.nextInt(14), story))
                .body(Body.of(BodyFormat.TEXT, "Body."))
                .canonicalUrl(URI.create(SITE + locale.getLanguage() + "/" + slug));
        if (original != null) {
            return b.status(original.status()).published(original.published()).authors(original.authors())
                    .tags(original.tags()).categories(original.categories()).build();
        }
        b.status(random.nextInt(20) == 0 ? Status.DRAFT : Status.PUBLISHED)
                .published(OffsetDateTime.ofInstant(NOW.minusSeconds(random.nextInt(5 * 365 * 86_400)), ZoneOffset.UTC));
        int authorCount = 1 + (random.nextInt(5) == 0 ? 1 : 0);
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < authorCount; i++) {
            int a = story >= 0 && random.nextInt(10) < 7 ? storyDesk[story][random.nextInt(STORY_DESK)]
                    : authors.next(random);
            if (!seen.contains(a)) {
                seen.add(a);
                b.addAuthor(authorList[a]);
            }
        }
        List<String> tagList = new ArrayList<>();
        for (int i = 0, count = 2 + random.nextInt(4); i < count; i++) {
            int t = story >= 0 && i < 3 ? storyTags[story][random.nextInt(STORY_TAGS)] : tags.next(random);
            String tag = "Tag " + t;
            if (!tagList.contains(tag)) {
                tagList.add(tag);
            }
        }
        List<String> categoryList = new ArrayList<>();
        for (int i = 0, count = 1 + random.nextInt(2); i < count; i++) {
            String category = "Section " + (story >= 0 && i == 0 ? storySection[story] : categories.next(random));
            if (!categoryList.contains(category)) {
                categoryList.add(category);
            }
        }
        return b.tags(tagList).categories(categoryList).build();
    }

    private String text(Locale locale, int count, int story) {
        String alphabet = locale.equals(RU) ? CYRILLIC : locale.equals(TR) ? TURKISH : LATIN;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            int rank = story >= 0 && random.nextInt(3) == 0 ? storyWords[story][random.nextInt(STORY_WORDS)]
                    : words.next(random);
            String w = word(rank, alphabet);
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return sb.toString();
    }

    /** The word of rank {@code rank}: at least three letters, written in the alphabet's base. */
    private static String word(int rank, String alphabet) {
        StringBuilder sb = new StringBuilder();
        int v = rank + alphabet.length() * alphabet.length();
        while (v > 0) {
            sb.append(alphabet.charAt(v % alphabet.length()));
            v /= alphabet.length();
        }
        return sb.toString();
    }

    /** Ranks 0..n-1 drawn with probability proportional to 1 / (rank + 1)^s. */
    private static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double s) {
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1.0 / Math.pow(i + 1, s);
                cumulative[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cumulative[i] /= sum;
            }
        }

        int next(Random random) {
            double u = random.nextDouble();
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] < u) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
