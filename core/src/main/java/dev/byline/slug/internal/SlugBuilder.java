package dev.byline.slug.internal;

/**
 * The slug being written: words joined by one separator. Callers append letters and digits and
 * mark word boundaries; the builder never starts or ends with a separator and never doubles one.
 * It also keeps what the writer learned about the title on the way (whether it is Japanese).
 * Not thread-safe (one per call).
 */
public final class SlugBuilder {

    private final StringBuilder sb;
    private final char separator;
    /** Index in {@link #sb} where the current word starts. */
    private int wordStart;
    /** Whether a separator is owed before the next appended character. */
    private boolean pending;
    /** Whether the title is Japanese: unknown until a kana or kanji needs to know (Romanizer). */
    private byte japanese = UNKNOWN;
    /** Whether a kanji was met in a Japanese title with no reader to read it (Romanizer). */
    private boolean unreadKanji;

    static final byte UNKNOWN = 0;
    static final byte YES = 1;
    static final byte NO = 2;

    public SlugBuilder(char separator, int capacity) {
        this.separator = separator;
        this.sb = new StringBuilder(capacity);
    }

    /** Appends one character to the current word. */
    public void append(char c) {
        if (pending) {
            sb.append(separator);
            wordStart = sb.length();
            pending = false;
        }
        sb.append(c);
    }

    /** Appends text (letters and digits only, already lowercase) to the current word. */
    public void append(CharSequence s) {
        if (s.length() == 0) {
            return;
        }
        if (pending) {
            sb.append(separator);
            wordStart = sb.length();
            pending = false;
        }
        sb.append(s);
    }

    /** Appends one code point to the current word. */
    public void appendCodePoint(int cp) {
        if (pending) {
            sb.append(separator);
            wordStart = sb.length();
            pending = false;
        }
        sb.appendCodePoint(cp);
    }

    /** Ends the current word, if there is one. */
    public void boundary() {
        if (sb.length() > wordStart) {
            pending = true;
        }
    }

    /** Whether the next character would start a new word. */
    public boolean atWordStart() {
        return pending || sb.length() == wordStart;
    }

    /** The current word so far (empty at a word start). */
    public CharSequence currentWord() {
        return pending ? "" : sb.subSequence(wordStart, sb.length());
    }

    /** Length of the current word so far. */
    public int currentWordLength() {
        return pending ? 0 : sb.length() - wordStart;
    }

    /** The last character of the current word; only valid when not at a word start. */
    public char lastChar() {
        return sb.charAt(sb.length() - 1);
    }

    /** Number of characters written, separators included. */
    public int length() {
        return sb.length();
    }

    /** Forgets everything written. */
    public void clear() {
        sb.setLength(0);
        wordStart = 0;
        pending = false;
        japanese = UNKNOWN;
        unreadKanji = false;
    }

    byte japanese() {
        return japanese;
    }

    void japanese(boolean isJapanese) {
        japanese = isJapanese ? YES : NO;
    }

    boolean unreadKanji() {
        return unreadKanji;
    }

    void markUnreadKanji() {
        unreadKanji = true;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
