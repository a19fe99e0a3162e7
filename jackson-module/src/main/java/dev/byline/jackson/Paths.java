package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * JSON paths for error messages, such as {@code $.translations[1].locale}, computed from the
 * parser's context only when an error is reported. Not API.
 */
final class Paths {

    /** Longest property name shown in a path; longer names are cut with an ellipsis. */
    private static final int SHOWN_NAME_LENGTH = 60;

    private Paths() {}

    /**
     * Returns the path of the value at the parser's current position: for a field's value or
     * a container just started or ended, the path of that value.
     */
    static String of(JsonStreamContext context) {
        StringBuilder sb = new StringBuilder();
        append(sb, context);
        return sb.toString();
    }

    private static void append(StringBuilder sb, JsonStreamContext context) {
        JsonStreamContext parent = context.getParent();
        if (context.inRoot() || parent == null) {
            sb.append('$');
            return;
        }
        append(sb, parent);
        if (context.inArray()) {
            if (context.hasCurrentIndex()) {
                sb.append('[').append(context.getCurrentIndex()).append(']');
            }
        } else {
            String name = context.getCurrentName();
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
    static String join(String objectPath, String relative) {
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
