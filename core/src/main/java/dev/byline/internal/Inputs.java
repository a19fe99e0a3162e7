package dev.byline.internal;

import dev.byline.InvalidArticleException;
import dev.byline.Limits;
import java.util.Objects;

/** Checks of free-standing text handed to a public entry point, before any work. Not API. */
public final class Inputs {

    private Inputs() {}

    /**
     * Returns the text if it is no longer than {@link Limits#MAX_BODY_LENGTH}, the longest text
     * any entry point accepts.
     *
     * @throws NullPointerException naming {@code path} if the text is null
     * @throws InvalidArticleException naming {@code path} if the text is longer
     */
    public static String text(String path, String text) {
        Objects.requireNonNull(text, path);
        if (text.length() > Limits.MAX_BODY_LENGTH) {
            throw new InvalidArticleException(path, "must be at most " + Limits.MAX_BODY_LENGTH
                    + " characters long, is " + text.length(), null);
        }
        return text;
    }
}
