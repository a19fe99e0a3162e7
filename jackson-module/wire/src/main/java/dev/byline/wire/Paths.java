package dev.byline.wire;

import org.jspecify.annotations.Nullable;

/**
 * JSON paths for error messages, such as {@code $.translations[1].locale}, computed from the
 * parser's context only when an error is reported. Not API.
 */
public final class Paths {

    /** Longest property name shown in a path; longer names are cut with an ellipsis. */
    private static final int SHOWN_NAME_LENGTH = 60;

    private Paths() {}

    /**
     * A view of a parser's context chain, which each adapter gives for its own Jackson's
     * context type; the path is built from it only when an error is reported.
     *
     * @param <C> the adapter's context type
     */
    public interface ContextView<C> {
        /** The enclosing context, or null at the top. */
        @Nullable C parent(C context);

        /** Whether the context is the root. */
        boolean inRoot(C context);

        /** Whether the context is an array. */
        boolean inArray(C context);

        /** The index of the current element of an array context, or -1 before the first. */
        int index(C context);

        /** The current property name of an object context, or null before the first. */
        @Nullable String name(C context);
    }

    /**
     * Returns the path of the value at the parser's current position: for a property's value or
     * a container just started or ended, the path of that value.
     */
    public static <C> String of(C context, ContextView<C> view) {
        StringBuilder sb = new StringBuilder();
        append(sb, context, view);
        return sb.toString();
    }

    private static <C> void append(StringBuilder sb, C context, ContextView<C> view) {
        C parent = view.parent(context);
        if (view.inRoot(context) || parent == null) {
            sb.append('$');
            return;
        }
        append(sb, parent, view);
        if (view.inArray(context)) {
            int index = view.index(context);
            if (index >= 0) {
                sb.append('[').append(index).append(']');
            }
        } else {
            String name = view.name(context);
            if (name != null) {
                appendName(sb, name);
            }
        }
    }

    /**
     * Appends a property name: {@code .name} when it is a simple identifier, otherwise
     * {@code ['na me']}, shortened and with invisible characters escaped.
     */
    static void appendName(StringBuilder sb, String name) {
        if (isSimple(name)) {
            sb.append('.').append(name);
            return;
        }
        sb.append("['");
        int shown = 0;
        for (int i = 0, n = name.length(); i < n; ) {
            int cp = name.codePointAt(i);
            if (shown++ >= SHOWN_NAME_LENGTH) {
                sb.append('…');
                break;
            }
            if (cp == '\'' || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        sb.append("']");
    }

    /** Appends a path given relative to an object, as core reports it, to the object's path. */
    public static String join(String objectPath, String relative) {
        if (relative.isEmpty()) {
            return objectPath;
        }
        return relative.startsWith("[") ? objectPath + relative : objectPath + "." + relative;
    }

    private static boolean isSimple(String name) {
        if (name.isEmpty() || name.length() > SHOWN_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$'
                    || i > 0 && (c >= '0' && c <= '9' || c == '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
