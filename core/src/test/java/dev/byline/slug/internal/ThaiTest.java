package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The RTGS rules one by one, on single words (ICU's dictionary keeps each of these whole). */
class ThaiTest {

    private static String write(String s) {
        SlugBuilder out = new SlugBuilder('-', 16);
        Thai rules = Thai.isLao(s.charAt(0)) ? Thai.LAO : Thai.THAI;
        int end = rules.write(s, 0, out);
        assertThat(end).isEqualTo(s.length());
        return out.toString();
    }

    @Test
    void coversTheThaiAndLaoBlocks() {
        assertThat(Thai.isThai(0x0DFF)).isFalse();
        assertThat(Thai.isThai(0x0E00)).isTrue();
        assertThat(Thai.isThai(0x0E7F)).isTrue();
        assertThat(Thai.isThai(0x0E80)).isFalse();
        assertThat(Thai.isLao(0x0E80)).isTrue();
        assertThat(Thai.isLao(0x0EFF)).isTrue();
        assertThat(Thai.isLao(0x0F00)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "เรือ, ruea", "เมือง, mueang", "เรียน, rian", "เขียว, khiao", "เดิน, doen", "เธอ, thoe", "เกาะ, ko",
        "เขา, khao", "เป็น, pen", "แข็ง, khaeng", "แม่, mae", "โต๊ะ, to", "โรง, rong", "ไทย, thai", "ใจ, chai",
        "เลย, loei",
    })
    void leadingVowelsAreReadWithWhatFollowsTheConsonant(String word, String expected) {
        assertThat(write(word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "จันทร์, chan", "ศาสตร์, sat", "การ์ตูน, katun", "สัปดาห์, sapda", "พันธุ์, phan", "เบอร์, boe",
    })
    void theSilencingMarkSilencesTheLetterItSitsOn(String word, String expected) {
        assertThat(write(word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "นก, nok", "เมฆ, mek", "ของ, khong", "กิจ, kit", "รถ, rot", "เศษ, set", "บาท, bat", "พร, phon",
        "คุณ, khun", "ผล, phon", "ภาพ, phap", "สิบ, sip", "ยาม, yam", "สาย, sai", "ขาว, khao",
    })
    void finalConsonantsHaveTheirFinalValues(String word, String expected) {
        assertThat(write(word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ไม่, mai", "ได้, dai", "ก๊าซ, kat", "จ๋า, cha", "น้ำ, nam", "ก็, ko"})
    void toneMarksAreDropped(String word, String expected) {
        assertThat(write(word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "คน, khon", "ถนน, thanon", "สวัสดี, sawatdi", "มหานคร, mahanakhon", "สวน, suan", "กรรม, kam",
        "กรุง, krung", "ครบ, khrop", "ตรง, trong", "ความ, khwam", "ทราย, sai", "หนังสือ, nangsue",
        "อยู่, yu", "ตัว, tua",
    })
    void implicitVowelsClustersAndSilentLeadingLetters(String word, String expected) {
        assertThat(write(word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // a tone mark on ห: ห is the initial, and the sonorant after it a final
        "แห่ง, haeng", "ห่วง, huang", "ห้อง, hong", "ห่าง, hang",
        // ห without one before a sonorant only marks the tone, also with the tone mark on the sonorant
        "หมา, ma", "ไหม, mai", "หน้า, na", "หลาย, lai", "ใหม่, mai",
        // Lao, read by the same rule
        "ແຫ່ງ, heng", "ໝາ, ma",
    })
    void aToneMarkOnHoHipShowsThatItIsRead(String word, String expected) {
        assertThat(write(word)).isEqualTo(expected);
    }

    @Test
    void maiYamokRepeatsTheWordBeforeIt() {
        assertThat(write("ดีๆ")).isEqualTo("di-di");
        assertThat(write("เด็กๆ")).isEqualTo("dek-dek");
        assertThat(write("ๆ")).isEmpty();
    }

    @Test
    void digitsAndSigns() {
        assertThat(write("๒๕๖๗")).isEqualTo("2567");
        assertThat(write("ฯลฯ")).isEqualTo("la");
        assertThat(write("ฤดู")).isEqualTo("ruedu");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ສະບາຍດີ, sabaidi", "ລາວ, lao", "ຫຼວງພະບາງ, louangphabang", "ວຽງຈັນ, viangchan", "ໜຶ່ງ, nung",
        "ຊາວ, xao", "ເມືອງ, muang", "ຍານ, nyan", "ແມ່ນ້ຳຂອງ, me-nam-khong", "ໂຮງຮຽນ, honghian", "ຄົນ, khon",
    })
    void laoReadsTheSameWayWithItsOwnValues(String word, String expected) {
        assertThat(write(word)).isEqualTo(expected);
    }
}
