package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tables give ICU's answers: for each script whose rules follow an ICU transform, a corpus
 * of words goes through byline's table and through the ICU transform (then {@code Latin-ASCII},
 * with ICU's apostrophe-like marks {@code ʹ ʺ ʻ ʼ ’ ·} removed as a slug removes them), and the
 * results must agree. Where byline deliberately differs, the class documenting the rule says so,
 * and the cases are listed in {@link #DIFFERENT}.
 */
class IcuParityTest {

    private static final Map<String, String> DIFFERENT = Map.of(
            "Ταΰγετος", "diaeresis keeps αυ apart: taygetos (Greek)",
            "Γκρέκο", "initial γκ is gk (Greek)",
            "γκάζι", "initial γκ is gk (Greek)",
            "Ђоковић", "đ is dj (SerboCroatian)",
            "Փողոց", "ո after an aspirate is o, not vo: poghots (Armenian)",
            "Չորս", "ո after an aspirate is o, not vo: chors (Armenian)");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Russian-Latin/BGN|ru|Щука хорошая Ельцин Европа Новый объявил Царь Юлия Яков съезд Мы Москва Россия",
        "Russian-Latin/BGN|ru|Подъезд поезд Ёлка Королёв Майя Тсой Шчедрин Чайка Щёлково Эстония Иосиф Юрий",
        "Russian-Latin/BGN|ru|Сергей Анастасия Чехов Пётр Достоевский рыба Жуков Хабаровск Цветаева Ярославль",
        "Russian-Latin/BGN|ru|Отношения России и талибов чего Москва хочет в Афганистане",
        "Greek-Latin/UNGEGN|el|Αθήνα Θεσσαλονίκη Ευρώπη Ευχαριστώ Χανιά Μπαρτσελόνα Άγγελος Ντίνος Αυτοκίνητο",
        "Greek-Latin/UNGEGN|el|Ελλάδα Ηράκλειο Ψυχή ΕΥΡΩΠΗ Οικονομία Ολυμπιακός Λάμπρος Κέντρο Αγκαθονήσι",
        "Greek-Latin/UNGEGN|el|Εγκέλαδος Αϊδίνι Ευαγγελία αυγό Αυτοί ηύρα Γεώργιος Ψαράς Ξάνθη Φωτιά Πέντε",
        "Greek-Latin/UNGEGN|el|μπάλα τζατζίκι Μπουμπουλίνα Ουρανός ευχή ευρώ ελαιόλαδο παιδί Ρόδος Μύκονος",
        "Greek-Latin/UNGEGN|el|σύγχρονος Άγχος εγγύηση καλημέρα Ύδρα υιός Βόλος Ταΰγετος Γκρέκο γκάζι",
        "Serbian-Latin/BGN|sr|Србија Београд Ниш Чачак Љубав Његош Џеп Ђоковић Жабљак Ћуприја Шабац",
        "Armenian-Latin/BGN|hy|Հայաստան Երևան Ոսկի Հայոց Եվրոպա ուսուցիչ Գյումրի Վանաձոր Էջմիածին Արցախ Սևան",
        "Armenian-Latin/BGN|hy|ՀԱՅԱՍՏԱՆ Ժողովուրդ Ճանապարհ Ծաղիկ Փողոց Քաղաք Օրենք Ֆուտբոլ Ռուսաստան Ձյուն",
        "Armenian-Latin/BGN|hy|Թատրոն Լուր Խաղաղություն Չորս Պատմություն Ջուր Ղարաբաղ Շաբաթ Ըստ Այո Նաև Աեր",
        "Georgian-Latin/BGN|ka|საქართველო თბილისი ქუთაისი წყალი ბათუმი რუსთავი ზუგდიდი ჭიათურა ღვინო ყაზბეგი",
        "Georgian-Latin/BGN|ka|ჟურნალი შოთა ჩემი ცხინვალი ძმა ხაჭაპური ჯვარი ჰაერი ფოთი პური კახეთი",
        "uz_Cyrl-uz_Latn|uz|Ўзбекистон Тошкент Ғалаба Қўқон Ҳаёт Маъно Ер Самарқанд Хива Бухоро Жиззах Нукус",
    })
    void tableAgreesWithIcuOnTheCorpus(String transform, String tag, String corpus) {
        Transliterator icu = Transliterator.getInstance(transform + "; Latin-ASCII");
        Romanizer byline = new Romanizer(Language.of(Locale.forLanguageTag(tag)), '-');
        for (String word : corpus.split(" ")) {
            String expected = icu.transliterate(word).replaceAll("[ʹʺʻʼ’·'\"]", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            String actual = byline.romanize(word);
            if (DIFFERENT.containsKey(word)) {
                assertThat(actual).as("%s differs on purpose: %s", word, DIFFERENT.get(word)).isNotEqualTo(expected);
            } else {
                assertThat(actual).as(word).isEqualTo(expected);
            }
        }
    }
}
