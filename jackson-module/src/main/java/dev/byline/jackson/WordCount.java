package dev.byline.jackson;

import dev.byline.Body;
import dev.byline.BodyFormat;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The word count JSON-LD reports. A small seam: core's text statistics are to take this over;
 * until then this counts, with the JDK's word {@link BreakIterator} for the article's locale,
 * the segments that hold a letter or digit, after dropping HTML tags (and the content of
 * {@code script} and {@code style} elements) or Markdown punctuation. Not API.
 */
final class WordCount {

    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

    private WordCount() {}

    static int of(Body body, Locale locale) {
        String text = body.content();
        if (body.format() == BodyFormat.HTML) {
            text = HIDDEN.matcher(text).replaceAll(" ");
            text = TAG.matcher(text).replaceAll(" ");
            // any entity is one character at most: a space keeps words apart, a letter counts as one
            text = ENTITY.matcher(text).replaceAll(m -> m.group(1).equals("nbsp") ? " " : "x");
        }
        return count(text, locale);
    }

    static int count(String text, Locale locale) {
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(text);
        int count = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            for (int i = start; i < end; ) {
                int cp = text.codePointAt(i);
                if (Character.isLetterOrDigit(cp)) {
                    count++;
                    break;
                }
                i += Character.charCount(cp);
            }
        }
        return count;
    }
}
