package dev.byline;

import dev.byline.internal.Text;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value handed to byline breaks a rule: a title the slugger cannot turn into a
 * slug, an option out of range, or, as the subclass {@link InvalidArticleException}, a value
 * that would break an invariant of the model.
 *
 * <p>The message always has the form {@code <path>: <rule>} optionally followed by
 * {@code (was "<value>")}, where the path names what was wrong ({@code title},
 * {@code options.limit}, {@code translations[1].locale}), the rule says what is required, and
 * the value is the offending input, shortened and with invisible characters escaped so the
 * message is safe to log. The parts are also available as {@link #path()}, {@link #rule()} and
 * {@link #value()}.
 *
 * <p><b>Options.</b> Every option of byline ({@code Slugger.Builder}, {@code RelatedOptions},
 * the length of an excerpt) rejects a bad value when it is set, with this exception and a path
 * of the form {@code options.<name>}, such as {@code options.maxLength} or
 * {@code options.weights.sameLocale}. Being an {@link IllegalArgumentException}, it is caught by
 * code that expects one.
 *
 * <p>Instances are immutable.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String rule;
    private final @Nullable String value;

    /**
     * Creates an exception for a rule broken at a path.
     *
     * @param path what was wrong, such as {@code title} or {@code options.limit}; not null
     * @param rule what the value must satisfy, such as {@code must be from 1 to 1000}; not null
     * @param value the offending value, or null to leave it out of the message; it is
     *     shortened and escaped in the message
     */
    public InvalidValueException(String path, String rule, @Nullable Object value) {
        super(format(path, rule, value));
        this.path = path;
        this.rule = rule;
        this.value = value == null ? null : Text.shorten(String.valueOf(value));
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
     * Returns the path of what broke the rule.
     *
     * @return the path, such as {@code translations[1].locale} or {@code options.limit}; never
     *     null, empty only when the rule concerns the whole object
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
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }
}
