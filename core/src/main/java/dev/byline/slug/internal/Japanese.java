package dev.byline.slug.internal;

import org.jspecify.annotations.Nullable;

/**
 * Japanese kana: modified Hepburn without macrons, as Japanese names are written in English
 * ({@code とうきょう} and {@code トウキョウ} are {@code tokyo}, {@code しんぶん} {@code shinbun},
 * {@code きって} {@code kitte}, {@code コーヒー} {@code kohi}). A long {@code ō} or {@code ū}
 * ({@code ou}, {@code oo}, {@code uu}, the katakana bar) is written as one vowel; small kana make
 * {@code kya}, {@code sha}, {@code fa}, {@code ti}; a small {@code tsu} doubles the next
 * consonant ({@code tch} before {@code ch}). The iteration marks repeat the kana before them
 * ({@code こゝろ kokoro}; voiced: {@code いすゞ isuzu}). A run of kana is one word; a hiragana
 * {@code は} or {@code へ} standing alone between words (spaces or punctuation on both sides, a word
 * before it) is the particle and is written {@code wa} or {@code e}, as the add-on writes it
 * ({@code きょうの てんき は はれ kyono-tenki-wa-hare}); {@code を} is {@code o} anyway. Kanji
 * need a dictionary ({@link dev.byline.slug.spi.JapaneseReader}), which byline-core does not ship.
 */
final class Japanese implements ScriptRules {

    static final Japanese RULES = new Japanese();

    private static final int HIRAGANA = 0x3041;
    private static final String[] ROMAJI = new String[0x3097 - HIRAGANA];

    static {
        String table = "ぁa あa ぃi いi ぅu うu ぇe えe ぉo おo かka がga きki ぎgi くku ぐgu けke げge こko ごgo "
                + "さsa ざza しshi じji すsu ずzu せse ぜze そso ぞzo たta だda ちchi ぢji っ つtsu づzu てte でde "
                + "とto どdo なna にni ぬnu ねne のno はha ばba ぱpa ひhi びbi ぴpi ふfu ぶbu ぷpu へhe べbe ぺpe "
                + "ほho ぼbo ぽpo まma みmi むmu めme もmo ゃya やya ゅyu ゆyu ょyo よyo らra りri るru れre ろro "
                + "ゎwa わwa ゐi ゑe をo んn ゔvu ゕka ゖke";
        for (String entry : table.split(" ")) {
            ROMAJI[entry.charAt(0) - HIRAGANA] = entry.substring(1);
        }
        ROMAJI['っ' - HIRAGANA] = "";
    }

    private Japanese() {}

    /**
     * The particle's spelling if the one-kana run at {@code i} is a hiragana {@code は} or
     * {@code へ} standing alone: a letter or digit somewhere before it, and neither a letter nor a
     * digit right before or after it. Otherwise null.
     */
    private static @Nullable String standaloneParticle(String s, int i) {
        char c = s.charAt(i);
        if (c != 'は' && c != 'へ' || i == 0) {
            return null;
        }
        if (Character.isLetterOrDigit(s.codePointBefore(i))
                || i + 1 < s.length() && Character.isLetterOrDigit(s.codePointAt(i + 1))) {
            return null;
        }
        for (int k = 0; k < i; k++) {
            if (Character.isLetterOrDigit(s.charAt(k))) {
                return c == 'は' ? "wa" : "e";
            }
        }
        return null;
    }

    /** Kana letters: hiragana, katakana, the prolonged sound mark and the iteration marks. */
    static boolean covers(int c) {
        return c >= 0x3041 && c <= 0x3096 || c >= 0x309D && c <= 0x309F || c >= 0x30A1 && c <= 0x30FA
                || c >= 0x30FC && c <= 0x30FF || c >= 0x31F0 && c <= 0x31FF;
    }

    /** The hiragana for a kana letter, or 0 for marks without a sound of their own. */
    private static char hiragana(char c) {
        if (c >= 0x30A1 && c <= 0x30F6) {
            return (char) (c - 0x60);
        }
        if (c >= 0x3041 && c <= 0x3096) {
            return c;
        }
        switch (c) {
            case 'ヷ': return 'わ';
            case 'ヸ': return 'ゐ';
            case 'ヹ': return 'ゑ';
            case 'ヺ': return 'を';
            case 'ㇰ': return 'く';
            case 'ㇱ': return 'し';
            case 'ㇲ': return 'す';
            case 'ㇳ': return 'と';
            case 'ㇴ': return 'ぬ';
            case 'ㇵ': return 'は';
            case 'ㇶ': return 'ひ';
            case 'ㇷ': return 'ふ';
            case 'ㇸ': return 'へ';
            case 'ㇹ': return 'ほ';
            case 'ㇺ': return 'む';
            case 'ㇻ': return 'ら';
            case 'ㇼ': return 'り';
            case 'ㇽ': return 'る';
            case 'ㇾ': return 'れ';
            case 'ㇿ': return 'ろ';
            default: return 0; // ー ゝ ゞ ヽ ヾ ゟ ヿ
        }
    }

    private static boolean isSmallY(char h) {
        return h == 'ゃ' || h == 'ゅ' || h == 'ょ';
    }

    private static boolean isSmallVowel(char h) {
        return h == 'ぁ' || h == 'ぃ' || h == 'ぅ' || h == 'ぇ' || h == 'ぉ';
    }

    @Override
    public int write(String s, int start, SlugBuilder out) {
        int end = ScriptRules.runEnd(s, start, Japanese::covers);
        String particle = end == start + 1 ? standaloneParticle(s, start) : null;
        if (particle != null) {
            out.boundary();
            out.append(particle);
            out.boundary();
            return end;
        }
        StringBuilder word = new StringBuilder((end - start) * 3);
        boolean doubleNext = false;
        char previous = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            char h = hiragana(c);
            if (h == 0 && previous != 0 && (c == 'ゝ' || c == 'ヽ')) {
                h = unvoiced(previous); // こゝろ kokoro
            } else if (h == 0 && previous != 0 && (c == 'ゞ' || c == 'ヾ')) {
                h = voiced(unvoiced(previous)); // いすゞ isuzu
            }
            if (h == 0) {
                continue; // long vowel bar, a mark with nothing to repeat: the vowel is written once
            }
            if (!isSmallY(h) && !isSmallVowel(h) && h != 'っ') {
                previous = h;
            }
            if (h == 'っ') {
                doubleNext = true;
                continue;
            }
            String r = ROMAJI[h - HIRAGANA];
            char next = i + 1 < end ? hiragana(s.charAt(i + 1)) : 0;
            if (next != 0 && isSmallY(next) && r.length() >= 2 && r.endsWith("i")) {
                String y = ROMAJI[next - HIRAGANA];
                String stem = r.substring(0, r.length() - 1);
                r = stem.equals("sh") || stem.equals("ch") || stem.equals("j") ? stem + y.substring(1) : stem + y;
                i++;
            } else if (next != 0 && isSmallVowel(next) && h != 'っ') {
                String v = ROMAJI[next - HIRAGANA];
                if (r.equals("u")) {
                    r = "w" + v;
                } else if (r.length() >= 2) {
                    String stem = r.substring(0, r.length() - 1);
                    r = stem + v;
                } else {
                    r = r + v;
                }
                i++;
            } else if (word.length() > 0 && (h == 'う' || h == 'お') && isLongVowel(word, h)) {
                continue; // ō and ū written once
            }
            if (doubleNext) {
                if (r.startsWith("ch")) {
                    word.append('t');
                } else if (!r.isEmpty() && "aiueon".indexOf(r.charAt(0)) < 0) {
                    word.append(r.charAt(0));
                }
                doubleNext = false;
            }
            word.append(r);
        }
        out.append(word.toString());
        return end;
    }

    /** The voiced kana of a kana that has one (か が, は ば, う ゔ), else the kana itself. */
    private static char voiced(char h) {
        if ("かきくけこさしすせそたちつてとはひふへほ".indexOf(h) >= 0) {
            return (char) (h + 1);
        }
        return h == 'う' ? 'ゔ' : h;
    }

    /** The unvoiced kana of a voiced or half-voiced kana (が か, ぱ は, ゔ う), else the kana itself. */
    private static char unvoiced(char h) {
        if ("がぎぐげござじずぜぞだぢづでどばびぶべぼ".indexOf(h) >= 0) {
            return (char) (h - 1);
        }
        if ("ぱぴぷぺぽ".indexOf(h) >= 0) {
            return (char) (h - 2);
        }
        return h == 'ゔ' ? 'う' : h;
    }

    private static boolean isLongVowel(StringBuilder word, char h) {
        char last = word.charAt(word.length() - 1);
        return h == 'う' ? last == 'o' || last == 'u' : last == 'o';
    }
}
