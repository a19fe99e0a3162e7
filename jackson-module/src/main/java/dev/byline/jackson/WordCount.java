package dev.byline.jackson;

import dev.byline.Body;
import dev.byline.BodyFormat;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The word count JSON-LD reports. A small seam: core's text statistics are to take this over;
 * until then this counts, with the JDK's word {@link BreakIterator} for the article's locale,
 * the segments that hold a letter or digit, after dropping HTML tags, the content of
 * {@code script} and {@code style} elements, and entities that stand for spaces or
 * punctuation. As the JDK's word rules do, and as word processors count, a hyphenated
 * compound ({@code cross-border}) and a word with an apostrophe ({@code Russia's}) are one
 * word. Not API.
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
            text = ENTITY.matcher(text).replaceAll(m -> entity(m.group(1)));
        }
        return count(text, locale);
    }

    /** The text an entity stands for, as far as counting words goes. */
    private static String entity(String name) {
        if (name.startsWith("#")) {
            try {
                int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
            } catch (NumberFormatException e) {
                return " ";
            }
        }
        switch (name) {
            case "nbsp": case "amp": case "lt": case "gt": case "quot": case "ndash": case "mdash": case "hellip":
            case "laquo": case "raquo": case "ldquo": case "rdquo": case "bdquo":
                return " ";
            case "apos": case "rsquo": case "lsquo":
                return "'";
            default:
                // a named letter such as &eacute; is part of its word
                return "x";
        }
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
