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



    /**
     * Titles for {@code JapaneseSlugBenchmark}: Japanese with kanji (read by byline-japanese),
     * kana only (the same words in kana, for core's kana tables and for the add-on), and Chinese
     * of similar length (core's pinyin table).
     */
    static final Map<String, List<String>> JAPANESE = Map.of(
            "japanese", List.of("東京で桜が満開に", "日本銀行、金利を据え置き", "モスクワとタリバンの関係はどう変わったか"),
            "kana", List.of("とうきょうで さくらが まんかいに", "にっぽんぎんこう、きんりを すえおき",
                    "モスクワと タリバンの かんけいは どう かわったか"),
            "chinese", List.of("东京樱花盛开", "日本银行维持利率不变", "莫斯科与塔利班的关系发生了怎样的变化"));

    /** Three titles per script, for {@code ScriptSlugBenchmark}; Cyrillic is the reference. */
    static final Map<String, List<String>> BY_SCRIPT = Map.ofEntries(
            Map.entry("cyrillic", List.of("Отношения России и талибов: чего Москва хочет в Афганистане?",
                    "Київ, Харків і Запоріжжя готуються до зими", "Новости экономики и культуры за неделю")),
            Map.entry("bengali", List.of("ঢাকা বিশ্ববিদ্যালয়ে নতুন বছর", "বাংলাদেশের নির্বাচন ২০২৪",
                    "কলকাতার বইমেলা শুরু হলো")),
            Map.entry("tamil", List.of("தமிழ்நாடு அரசு செய்திகள்", "சென்னை மழை ௨௦௨௪", "மதுரை கோயில் திருவிழா")),
            Map.entry("sinhala", List.of("ශ්‍රී ලංකාව", "කොළඹ නගරය", "සිංහල අලුත් අවුරුද්ද")),
            Map.entry("thai", List.of("รัฐบาลไทยประกาศแผนพัฒนาเศรษฐกิจภาคเหนือ ปี ๒๕๖๘",
                    "นักวิเคราะห์มองความสัมพันธ์ระหว่างรัสเซียกับอัฟกานิสถาน", "หนังสือดีๆ สำหรับเด็กและครอบครัวในช่วงวันหยุดยาว")),
            Map.entry("lao", List.of("ລັດຖະບານລາວ ປະກາດແຜນພັດທະນາເສດຖະກິດແຫ່ງຊາດ", "ຫຼວງພະບາງ ແລະ ວຽງຈັນ ຕ້ອນຮັບນັກທ່ອງທ່ຽວຕ່າງປະເທດ",
                    "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ ສະເຫຼີມສະຫຼອງວັນຊາດ")),
            Map.entry("khmer", List.of("រដ្ឋាភិបាលកម្ពុជាប្រកាសផែនការអភិវឌ្ឍន៍សេដ្ឋកិច្ចថ្មី", "ភ្នំពេញ និង សៀមរាប ស្វាគមន៍ភ្ញៀវទេសចរបរទេស",
                    "ព័ត៌មានថ្មីៗ អំពីការអប់រំ នៅប្រទេសកម្ពុជា ២០២៤")),
            Map.entry("tibetan", List.of("བོད་ཀྱི་རྒྱལ་ཁབ", "ལྷ་ས། བཀྲ་ཤིས་བདེ་ལེགས།", "སངས་རྒྱས་ཆོས། འབྲས་སྤུངས་དགོན་པ།")),
            Map.entry("armenian", List.of("Երևանի քաղաքապետարան", "Ո՞վ է հաղթել ընտրություններում",
                    "ՍԵՎԱՆԱ ԼԻՃ 2024")),
            Map.entry("georgian", List.of("თბილისის ახალი ამბები", "ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝᲡ ᲞᲐᲠᲚᲐᲛᲔᲜᲢᲘ", "წყალი და ღვინო")),
            Map.entry("hebrew", List.of("חדשות היום בתל אביב", "ממשלת ישראל 2024", "שבת שלום לכל המשפחה")),
            Map.entry("ethiopic", List.of("አዲስ አበባ ዜና", "የኢትዮጵያ፡ቋንቋዎች", "ሰላም ኤርትራ")),
            Map.entry("bopomofo", List.of("ㄅㄟˇ ㄐㄧㄥ", "ㄓㄨㄥㄨㄣˊ ㄒㄩㄝˊ", "ㄊㄞˊㄨㄢ ㄧㄡˇ ㄩ")),
            Map.entry("thaana", List.of("ދިވެހި ބަސް", "މާލެ ޚަބަރު", "ދިވެހިރާއްޖެ 2024")),
            Map.entry("myanmar", List.of("မြန်မာနိုင်ငံ စီးပွားရေး သတင်းများ", "ရန်ကုန်မြို့ ကျောင်းသားများ စာမေးပွဲ အောင်မြင်",
                    "၂၀၂၄ ခုနှစ် ကျောင်းသားများအတွက် စာကြည့်တိုက်အသစ်")),
            Map.entry("latin", List.of("Türkiye'de ekonomi ve çiftçiler", "Größere Städte in Österreich",
                    "Hà Nội và những con đường mới")),
            Map.entry("greek", List.of("Ευχαριστώ, Αθήνα: η Θεσσαλονίκη και η Ευρώπη", "Νέα από την Κρήτη",
                    "Οικονομία και πολιτισμός σήμερα")),
            Map.entry("arabic", List.of("العلاقات الروسية الأفغانية", "أخبار القاهرة اليوم", "ایران و پاکستان: کتاب‌ها")),
            Map.entry("devanagari", List.of("भारत समाचार: दिल्ली में सरकार", "मुंबई की बारिश", "नेपाल के पहाड़ और नदियाँ")),
            Map.entry("gurmukhi", List.of("ਸਿੱਖ ਇਤਿਹਾਸ ਅਤੇ ਪੰਜਾਬੀ ਭਾਸ਼ਾ", "ਅੰਮ੍ਰਿਤਸਰ ਵਿੱਚ ਮੀਂਹ", "ਪੱਕਾ ਘਰ ੨੦੨੪")),
            Map.entry("gujarati", List.of("ગુજરાતી સમાચાર", "અમદાવાદ અને સુરત", "ગાંધીનગર ૨૦૨૪")),
            Map.entry("oriya", List.of("ଓଡ଼ିଶା ସରକାର", "ଭୁବନେଶ୍ୱର ଖବର", "ପୁରୀ ରଥଯାତ୍ରା")),
            Map.entry("telugu", List.of("తెలుగు వార్తలు", "హైదరాబాద్ నగరం", "ఆంధ్ర ప్రదేశ్ ఎన్నికలు")),
            Map.entry("kannada", List.of("ಕನ್ನಡ ಸಾಹಿತ್ಯ ಸಮ್ಮೇಳನ", "ಬೆಂಗಳೂರು ಮಳೆ", "ಮೈಸೂರು ದಸರಾ")),
            Map.entry("malayalam", List.of("മലയാളം വാർത്തകൾ", "കേരളം തിരുവനന്തപുരം", "കോഴിക്കോട് കേരളം")),
            Map.entry("han", List.of("北京欢迎你：中国经济的新篇章", "上海的春天", "台湾新闻与香港文化")),
            Map.entry("hangul", List.of("대한민국 서울 한국어 신문", "부산 바다 축제", "제주도의 겨울 날씨")),
            Map.entry("hiragana", List.of("とうきょう の しんぶん", "きょうの てんき は はれ", "みんなで おまつり")),
            Map.entry("katakana", List.of("モスクワ と カブール", "コーヒー ショップ", "インターネット ニュース")));

    /**
     * One title of every script Unicode recommends for modern use except Latin (the first title of
     * each in {@link #BY_SCRIPT}): the mixed non-Latin corpus with Thai, Hebrew and the rest, for
     * {@code SlugBenchmark}'s {@code allScripts}.
     */
    static final List<String> ALL_SCRIPTS = BY_SCRIPT.entrySet().stream()
            .filter(e -> !e.getKey().equals("latin"))
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getValue().get(0))
            .toList();

    /** The corpora of {@code SlugBenchmark} by name. */
    static final Map<String, List<String>> BY_NAME =
            Map.of("english", ENGLISH, "latin", LATIN, "nonLatin", NON_LATIN, "allScripts", ALL_SCRIPTS);
}
