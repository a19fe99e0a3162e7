package dev.byline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a byline value (an article, an author, a slug, extensions...) would break one of
 * the model's invariants.
 *
 * <p>The message always has the form {@code <path>: <rule>} optionally followed by
 * {@code (was "<value>")}, where the path names the attribute as the JSON wire format does
 * ({@code title}, {@code translations[1].locale}, {@code extensions.rating}), the rule says
 * what is required, and the value is the offending input, shortened and with invisible
 * characters escaped so the message is safe to log. The parts are also available as
 * {@link #path()}, {@link #rule()} and {@link #value()}.
 *
 * <p>Instances are immutable. This is the one exception type byline's model throws for bad
 * input, apart from {@link NullPointerException} for a {@code null} argument. Bad titles and
 * options outside the model fail with its supertype {@link InvalidValueException}.
 */
public class InvalidArticleException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /** The form of the message Immutables produces for missing required attributes. */
    private static final Pattern MISSING =
            Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

    /**
     * Creates an exception for a rule broken at a path.
     *
     * @param path the attribute path, such as {@code translations[1].locale}; not null
     * @param rule what the attribute must satisfy, such as {@code must be unique}; not null
     * @param value the offending value, or null to leave it out of the message; it is
     *     shortened and escaped in the message
     */
    public InvalidArticleException(String path, String rule, @Nullable Object value) {
        super(path, rule, value);
    }

    /**
     * Creates an exception from a plain message. Used by the generated builders when
     * required attributes are missing: a message naming the missing attributes is turned
     * into {@code <attributes>: required attribute not set (building <Type>)}.
     *
     * @param message the message; not null
     */
    public InvalidArticleException(String message) {
        this(missingPath(message), missingRule(message), null);
    }

    private static String missingPath(String message) {
        Matcher m = MISSING.matcher(message);
        return m.matches() ? m.group(2) : "";
    }

    private static String missingRule(String message) {
        Matcher m = MISSING.matcher(message);
        return m.matches() ? "required attribute not set (building " + m.group(1) + ")" : message;
    }

    /**
     * Returns a copy of this exception whose path is nested under a parent path, so that
     * {@code locale} inside the second translation becomes {@code translations[1].locale}.
     *
     * @param parent the parent path, such as {@code translations[1]}; not null
     * @return a new exception with the combined path, the same rule and value, and this
     *     exception as its cause
     */
    public InvalidArticleException under(String parent) {
        String path = path();
        String combined = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        // shortening is idempotent, so the shown value stays the same
        InvalidArticleException e = new InvalidArticleException(combined, rule(), value().orElse(null));
        e.initCause(this);
        return e;
    }
}
