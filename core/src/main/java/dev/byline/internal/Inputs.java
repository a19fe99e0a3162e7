package dev.byline.internal;

import dev.byline.InvalidArticleException;
import dev.byline.InvalidValueException;
import dev.byline.Limits;
import java.util.Objects;

/**
 * Checks of free-standing values handed to a public entry point (text, titles, tags, options),
 * before any work. They fail with {@link InvalidValueException}, not with the model's
 * {@link InvalidArticleException}. Not API.
 */
public final class Inputs {

    private Inputs() {}

    /**
     * Returns the text if it is no longer than {@link Limits#MAX_BODY_LENGTH}, the longest text
     * any entry point accepts.
     *
     * @throws NullPointerException naming {@code path} if the text is null
     * @throws InvalidValueException naming {@code path} if the text is longer
     */
    public static String text(String path, String text) {
        Objects.requireNonNull(text, path);
        if (text.length() > Limits.MAX_BODY_LENGTH) {
            throw new InvalidValueException(path, "must be at most " + Limits.MAX_BODY_LENGTH
                    + " characters long, is " + text.length(), null);
        }
        return text;
    }

    /**
     * Checks a value handed to an entry point with one of the model's rules ({@link Rules}).
     *
     * @throws InvalidValueException with the rule's path, rule and value if it fails
     */
    public static void check(Runnable check) {
        try {
            check.run();
        } catch (InvalidArticleException e) {
            throw of(e);
        }
    }

    /** The same path, rule and shown value as an {@link InvalidValueException}, with {@code e} as its cause. */
    public static InvalidValueException of(InvalidArticleException e) {
        // shortening is idempotent, so the shown value stays the same
        InvalidValueException value = new InvalidValueException(e.path(), e.rule(), e.value().orElse(null));
        value.initCause(e);
        return value;
    }
}
