package dev.byline.locale;

import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;
import dev.byline.InvalidValueException;
import dev.byline.internal.LocaleData;
import java.util.ArrayList;
import java.util.List;

/**
 * Parser of HTTP {@code Accept-Language} values (RFC 9110, section 12.5.4) into locales in
 * preference order. In lenient mode every problem drops the entry it is in (or the rest of an
 * oversized header); in strict mode the first problem throws. Not API.
 */
final class AcceptLanguage {

    static final String PATH = "Accept-Language";

    private AcceptLanguage() {}

    /** One usable entry: the locale, its weight in thousandths, its position. */
    private record Entry(ULocale locale, int weight, int position) {}

    static List<ULocale> parse(String header, boolean strict) {
        if (header.length() > LocaleNegotiator.MAX_HEADER_LENGTH) {
            if (strict) {
                throw new InvalidValueException(PATH, "must be at most " + LocaleNegotiator.MAX_HEADER_LENGTH
                        + " characters long, is " + header.length(), header);
            }
            int cut = header.lastIndexOf(',', LocaleNegotiator.MAX_HEADER_LENGTH);
            header = cut < 0 ? "" : header.substring(0, cut);
        }
        List<Entry> entries = new ArrayList<>();
        int position = 0;
        int start = 0;
        int n = header.length();
        while (start <= n) {
            int comma = header.indexOf(',', start);
            int end = comma < 0 ? n : comma;
            String raw = trim(header, start, end);
            if (!raw.isEmpty()) {
                if (position == LocaleNegotiator.MAX_ENTRIES) {
                    if (strict) {
                        throw new InvalidValueException(PATH, "must have at most " + LocaleNegotiator.MAX_ENTRIES
                                + " entries", header);
                    }
                    break;
                }
                Entry e = entry(raw, position, strict);
                if (e != null) {
                    entries.add(e);
                }
                position++;
            }
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        if (strict && position == 0) {
            throw new InvalidValueException(PATH, "must list at least one language range", header);
        }
        // stable: equal weights keep the header's order
        entries.sort((a, b) -> b.weight != a.weight ? Integer.compare(b.weight, a.weight)
                : Integer.compare(a.position, b.position));
        List<ULocale> locales = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            locales.add(e.locale);
        }
        return locales;
    }

    private static Entry entry(String raw, int position, boolean strict) {
        String path = PATH + "[" + position + "]";
        int semi = raw.indexOf(';');
        String range = semi < 0 ? raw : trim(raw, 0, semi);
        int weight = 1000;
        if (semi >= 0) {
            String params = raw.substring(semi + 1);
            for (String p : params.split(";", -1)) {
                String param = p.strip();
                int eq = param.indexOf('=');
                String name = eq < 0 ? param : param.substring(0, eq).strip();
                if (!name.equalsIgnoreCase("q") || eq < 0) {
                    if (strict) {
                        throw new InvalidValueException(path, "may only have a weight parameter q=<0..1>", raw);
                    }
                    return null;
                }
                weight = weight(param.substring(eq + 1).strip());
                if (weight < 0) {
                    if (strict) {
                        throw new InvalidValueException(path, "must have a weight q from 0 to 1 with at most "
                                + "three decimals", raw);
                    }
                    return null;
                }
            }
        }
        if (range.equals("*")) {
            // "any other language": matches whatever is supported, which is what falling back does
            return null;
        }
        if (!isRange(range)) {
            if (strict) {
                throw new InvalidValueException(path, "must be a language range (letters and digits in "
                        + "subtags of 1 to 8, joined by hyphens) or *", raw);
            }
            return null;
        }
        if (!strict) {
            if (weight == 0) {
                return null;
            }
            ULocale locale = LocaleData.canonicalRange(range).orElse(null);
            return locale == null ? null : new Entry(locale, weight, position);
        }
        ULocale locale;
        try {
            locale = LocaleData.canonical(new ULocale.Builder().setLanguageTag(range).build());
        } catch (IllformedLocaleException e) {
            throw new InvalidValueException(path, "must be a well-formed language tag (" + e.getMessage() + ")", raw);
        }
        if (locale.getLanguage().isEmpty() || locale.getLanguage().equals("und")) {
            throw new InvalidValueException(path, "must name a language", raw);
        }
        if (locale.getLanguage().length() > 3) {
            throw new InvalidValueException(path, "must start with a language code of two or three letters", raw);
        }
        return weight == 0 ? null : new Entry(locale, weight, position);
    }

    /** RFC 9110 qvalue in thousandths, or -1. */
    private static int weight(String q) {
        int n = q.length();
        if (n == 0 || n > 5 || (n > 1 && q.charAt(1) != '.')) {
            return -1;
        }
        char first = q.charAt(0);
        if (first != '0' && first != '1') {
            return -1;
        }
        int value = (first - '0') * 1000;
        int scale = 100;
        for (int i = 2; i < n; i++) {
            char c = q.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value += (c - '0') * scale;
            scale /= 10;
        }
        return value > 1000 ? -1 : value;
    }

    private static boolean isRange(String s) {
        int len = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-') {
                if (len == 0) {
                    return false;
                }
                len = 0;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || (c >= '0' && c <= '9' && i > 0)) {
                if (++len > 8) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return len > 0;
    }

    private static String trim(String s, int start, int end) {
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(start, end);
    }
}
