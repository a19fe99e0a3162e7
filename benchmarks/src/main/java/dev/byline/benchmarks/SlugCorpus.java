package dev.byline.benchmarks;

import java.util.List;
import java.util.Map;

/** The fixed titles the slug benchmarks run over: English, other Latin-script, non-Latin. */
final class SlugCorpus {

    private SlugCorpus() {}

    static final List<String> ENGLISH = List.of(
            "Russia-Taliban Relations: What Does Moscow Want in Afghanistan?",
            "Don't Panic: AT&T Rolls Out 5G to 100K Homes",
            "The Quiet Diplomacy Behind the Kabul Airport Deal",
            "Five Things to Watch at This Year's Climate Summit",
            "How Small Newsrooms Survive the Platform Shift",
            "Inflation Cools, but Rents Keep Climbing in 2024",
            "Why Central Asia Matters to Europe's Energy Plans",
            "Interview: A Translator on Writing Between Languages",
            "Tom & Jerry Return to the Big Screen",
            "Ten Years After the Treaty, Borders Are Still Contested");

    static final List<String> LATIN = List.of(
            "Rusya-Taliban İlişkileri: Moskova Afganistan'da Ne İstiyor?",
            "Grüße aus Köln: Fußball, Öl und Übermut",
            "L'axe franco-allemand et l'Europe d'aujourd'hui",
            "Łódź i Gdańsk: żółć na ulicach",
            "Đà Nẵng và Hà Nội chuẩn bị cho mùa mưa",
            "Příliš žluťoučký kůň úpěl ďábelské ódy",
            "¿Qué pasa en España? Niños y niñas en la calle",
            "Știri din Timișoara și Brașov",
            "København og Århus får ny bro",
            "Oʻzbekiston va Toshkent: yangi yoʻllar");

    static final List<String> NON_LATIN = List.of(
            "Отношения России и талибов: чего Москва хочет в Афганистане?",
            "Київ, Харків і Запоріжжя готуються до зими",
            "Ευχαριστώ, Αθήνα: η Θεσσαλονίκη και η Ευρώπη",
            "北京欢迎你：中国经济的新篇章",
            "とうきょう の しんぶん と コーヒー",
            "대한민국 서울 한국어 신문",
            "مُحَمَّد في كابل: العلاقات الروسية الأفغانية",
            "ایران و پاکستان: کتاب‌ها و روزنامه‌ها",
            "भारत समाचार: दिल्ली में सरकार",
            "Ўзбекистон ва Тошкент: янги йўллар");

    static final Map<String, List<String>> BY_NAME = Map.of("english", ENGLISH, "latin", LATIN, "nonLatin", NON_LATIN);
}
