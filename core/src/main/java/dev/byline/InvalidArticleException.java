package dev.byline;

import dev.byline.internal.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a byline value would break one of its invariants.
 *
 * <p>The message always has the form {@code <path>: <rule>} optionally followed by
 * {@code (was "<value>")}, where the path names the attribute as the JSON wire format does
 * ({@code title}, {@code translations[1].locale}, {@code extensions.rating}), the rule says
 * what is required, and the value is the offending input, shortened and with invisible
 * characters escaped so the message is safe to log. The parts are also available as
 * {@link #path()}, {@link #rule()} and {@link #value()}.
 *
 * <p>Instances are immutable. This is the one exception type byline's model throws for bad
 * input, apart from {@link NullPointerException} for a {@code null} argument.
 */
public class InvalidArticleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The form of the message Immutables produces for missing required attributes. */
    private static final Pattern MISSING =
            Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

    private final String path;
    private final String rule;
    private final @Nullable String value;

    /**
     * Creates an exception for a rule broken at a path.
     *
     * @param path the attribute path, such as {@code translations[1].locale}; not null
     * @param rule what the attribute must satisfy, such as {@code must be unique}; not null
     * @param value the offending value, or null to leave it out of the message; it is
     *     shortened and escaped in the message
     */
    public InvalidArticleException(String path, String rule, @Nullable Object value) {
        super(format(path, rule, value));
        this.path = path;
        this.rule = rule;
        this.value = value == null ? null : Text.shorten(String.valueOf(value));
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

    private static String format(String path, String rule, @Nullable Object value) {
        StringBuilder sb = new StringBuilder();
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        sb.append(rule);
        if (value != null) {
            sb.append(" (was \"").append(Text.shorten(String.valueOf(value))).append("\")");
        }
        return sb.toString();
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
        String combined = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        // shortening is idempotent, so the shown value stays the same
        InvalidArticleException e = new InvalidArticleException(combined, rule, value);
        e.initCause(this);
        return e;
    }

    /**
     * Returns the path of the attribute that broke the rule.
     *
     * @return the path, such as {@code translations[1].locale}; never null, empty only when
     *     the rule concerns the whole object
     */
    public String path() {
        return path;
    }

    /**
     * Returns the rule that was broken.
     *
     * @return the rule in words, such as {@code must not be blank}; never null
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns the offending value as shown in the message: shortened, with invisible
     * characters escaped.
     *
     * @return the value, or empty when the message does not show one
     */
    public java.util.Optional<String> value() {
        return java.util.Optional.ofNullable(value);
    }
}
