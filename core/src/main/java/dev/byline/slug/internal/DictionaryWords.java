package dev.byline.slug.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a run of Thai, Lao, Khmer or Myanmar, scripts written without spaces between words, into
 * words.
 *
 * <p>The words are the ones ICU's word break iterator finds: the same dictionaries (the word lists
 * ICU ships, read from ICU's jar through its public {@link BytesTrie}) and the same way of using
 * them. At each position the dictionary gives every word the text starts with; of several, the one
 * that lets two more dictionary words follow wins, else the shortest one that one more follows,
 * else the longest. Text that starts no word is joined to a short word before it, up to a place
 * where a word can begin and the dictionary knows one; a word never ends before a combining mark;
 * and in Thai {@code ฯ} and {@code ๆ} stay with the word before them. {@code
 * DictionaryWordsTest} checks that the cuts equal ICU's iterator's on real titles and on many
 * thousands of generated runs, {@code DictionaryWordsFuzzTest} on fuzzed ones.
 *
 * <p>Why not ICU's iterator itself: it runs its rules over the text, walks it through a {@code
 * CharacterIterator} and re-reads each position for every look ahead. A whole Thai slug now
 * takes about the time the iterator took just to cut its words (see {@code
 * benchmarks/README.md}). ICU's iterator still cuts what this class does not handle the same
 * way: a run with a character outside the script's dictionary letters and marks (digits apart),
 * a run that starts with a mark, and every run if ICU's dictionary cannot be read.
 *
 * <p>A script's dictionary is read on its first run, not when the script's rules are loaded:
 * the rules are loaded whenever the main loop asks which script a character belongs to.
 * Thread-safe: each thread keeps its own work space (tries, tables and, where needed, a clone of
 * ICU's iterator) for the thread's life; a caller is done with the cuts before it asks again (no
 * caller reenters).
 */
final class DictionaryWords {

    /** The four scripts, each with its dictionary and the character classes its cutting uses. */
    enum Script {
        /** Thai: {@code [[:Thai:]&[:LineBreak=SA:]]}; a word begins with a consonant or a leading vowel. */
        THAI(0x0E00, "thaidict", 4, new int[] {0x0E01, 0x0E3A, 0x0E40, 0x0E4E},
                new int[] {0x0E31, 0x0E31, 0x0E34, 0x0E3A, 0x0E47, 0x0E4E},
                new int[] {0x0E01, 0x0E2E, 0x0E40, 0x0E44}, new int[] {0x0E31, 0x0E31, 0x0E40, 0x0E44},
                new int[] {0x0E50, 0x0E59}),
        /** Lao: {@code [[:Laoo:]&[:LineBreak=SA:]]}. */
        LAO(0x0E80, "laodict", 2,
                new int[] {0x0E81, 0x0E82, 0x0E84, 0x0E84, 0x0E86, 0x0E8A, 0x0E8C, 0x0EA3, 0x0EA5, 0x0EA5,
                    0x0EA7, 0x0EBD, 0x0EC0, 0x0EC4, 0x0EC6, 0x0EC6, 0x0EC8, 0x0ECE, 0x0EDC, 0x0EDF},
                new int[] {0x0EB1, 0x0EB1, 0x0EB4, 0x0EBC, 0x0EC8, 0x0ECE},
                new int[] {0x0E81, 0x0EAE, 0x0EC0, 0x0EC4, 0x0EDC, 0x0EDD}, new int[] {0x0EC0, 0x0EC4},
                new int[] {0x0ED0, 0x0ED9}),
        /** Khmer: {@code [[:Khmr:]&[:LineBreak=SA:]]}; no word ends on the coeng. */
        KHMER(0x1780, "khmerdict", 4, new int[] {0x1780, 0x17D3, 0x17D7, 0x17D7, 0x17DC, 0x17DD},
                new int[] {0x17B4, 0x17D3, 0x17DD, 0x17DD}, new int[] {0x1780, 0x17B3}, new int[] {0x17D2, 0x17D2},
                new int[] {0x17E0, 0x17E9}),
        /** Myanmar, its main block only: {@code [[:Mymr:]&[:LineBreak=SA:]]}. */
        MYANMAR(0x1000, "burmesedict", 2, new int[] {0x1000, 0x103F, 0x1050, 0x108F, 0x109A, 0x109F},
                new int[] {0x102B, 0x103E, 0x1056, 0x1059, 0x105E, 0x1060, 0x1062, 0x1064, 0x1067, 0x106D,
                    0x1071, 0x1074, 0x1082, 0x108D, 0x108F, 0x108F, 0x109A, 0x109D},
                new int[] {0x1000, 0x102A}, new int[0], new int[] {0x1040, 0x1049, 0x1090, 0x1099});

        /** A letter or mark of the dictionary (line break class SA of the script). */
        static final byte WORD = 1;
        /** A combining mark: no word ends before one. */
        static final byte MARK = 2;
        /** Where a word can begin, after text the dictionary does not know. */
        static final byte BEGIN = 4;
        /** Where such text can end: the character before a place where a word can begin. */
        static final byte END = 8;
        /** A decimal digit: a run of them is one word. */
        static final byte DIGIT = 16;

        /** The first code point of the script's block, which the dictionary's bytes count from. */
        final int base;
        final String file;
        /** A run shorter than this is one word. */
        final int minSpan;
        /** The classes above for each code point of the block, from {@code base}. */
        final byte[] classes = new byte[0xA0];

        Script(int base, String file, int minSpan, int[] word, int[] marks, int[] begin, int[] notEnd, int[] digits) {
            this.base = base;
            this.file = file;
            this.minSpan = minSpan;
            set(word, WORD);
            set(marks, MARK);
            set(begin, BEGIN);
            set(word, END);
            for (int i = 0; i < notEnd.length; i += 2) {
                for (int c = notEnd[i]; c <= notEnd[i + 1]; c++) {
                    classes[c - base] &= ~END;
                }
            }
            set(digits, DIGIT);
        }

        private void set(int[] ranges, byte flag) {
            for (int i = 0; i < ranges.length; i += 2) {
                for (int c = ranges[i]; c <= ranges[i + 1]; c++) {
                    classes[c - base] |= flag;
                }
            }
        }

        /** Whether {@code c} has class {@code flag}; a character outside the block has none. */
        boolean is(int c, byte flag) {
            int i = c - base;
            return i >= 0 && i < classes.length && (classes[i] & flag) != 0;
        }

        /** The trie, once read; {@code null} before, or if ICU's jar does not have it. */
        private volatile byte @Nullable [] trie;
        private volatile boolean read;

        /**
         * The script's dictionary, read on the script's first run (a Thai title does not read
         * Khmer's); {@code null} if ICU's jar does not have it.
         */
        byte @Nullable [] dictionary() {
            if (!read) {
                synchronized (this) {
                    if (!read) {
                        trie = DictionaryWords.read(this);
                        read = true;
                    }
                }
            }
            return trie;
        }
    }

    /** The most words a dictionary position keeps (the longest nested chain ICU keeps). */
    private static final int MOST_CANDIDATES = 20;
    /** Text the dictionary does not know is joined to a word before it shorter than this. */
    private static final int ROOT_COMBINE = 3;
    /** ... unless it starts at least this much of a dictionary word. */
    private static final int PREFIX_COMBINE = 3;
    private static final char PAIYANNOI = '\u0E2F';
    private static final char MAIYAMOK = '\u0E46';
    /** ICU's name for a binary data file of dictionary tries. */
    private static final int DICT_FORMAT = 0x44696374;
    /** Where ICU's jar keeps its break data. */
    static final String DATA = "/com/ibm/icu/impl/data/icudata/brkitr/";

    private static final ThreadLocal<Workspace> OWN = ThreadLocal.withInitial(Workspace::new);

    private DictionaryWords() {}

    /**
     * The boundaries of the words of {@code run}, all of it in {@code script}'s block: {@code 0},
     * each boundary in order, and {@code run.length()}.
     */
    static int[] cut(String run, Script script) {
        int n = run.length();
        if (n == 0) {
            return new int[] {0};
        }
        byte[] dictionary = script.dictionary();
        Workspace ws = OWN.get();
        switch (dictionary == null ? Kind.OTHER : kind(run, script)) {
            case DIGITS:
                return new int[] {0, n};
            case WORDS:
                return ws.cut(run, script, dictionary);
            default:
                return ws.icu(run);
        }
    }

    /** Whether {@link #cut} cuts {@code run} with this class's own code rather than ICU's iterator. */
    static boolean cutsItself(String run, Script script) {
        return script.dictionary() != null && !run.isEmpty() && kind(run, script) == Kind.WORDS;
    }

    private enum Kind { WORDS, DIGITS, OTHER }

    private static Kind kind(String run, Script script) {
        // a run that starts with a mark: ICU's rules cut the marks off before its dictionary
        // sees the rest (and where, depends on each mark's word break class)
        if (script.is(run.charAt(0), Script.MARK)) {
            return Kind.OTHER;
        }
        byte[] classes = script.classes;
        int all = Script.WORD | Script.DIGIT; // the classes every character so far has
        for (int i = 0, n = run.length(); i < n && all != 0; i++) {
            int c = run.charAt(i) - script.base;
            all &= c >= 0 && c < classes.length ? classes[c] : 0;
        }
        return (all & Script.WORD) != 0 ? Kind.WORDS : (all & Script.DIGIT) != 0 ? Kind.DIGITS : Kind.OTHER;
    }

    /**
     * Reads {@code script}'s dictionary from ICU's jar: an ICU data header, eight indexes, then a
     * {@link BytesTrie} over the characters' offsets from the block's start. {@code null} if the
     * file is not there, cannot be read or is not what this class reads, and ICU's iterator cuts
     * instead.
     */
    private static byte @Nullable [] read(Script script) {
        byte[] file;
        try (InputStream in = BytesTrie.class.getResourceAsStream(DATA + script.file + ".dict")) {
            if (in == null) {
                return null;
            }
            file = in.readAllBytes();
        } catch (IOException e) {
            return null; // a jar that cannot be read: ICU's iterator cuts, as when the file is missing
        }
        return trie(file, script.base);
    }

    /** The trie in an ICU dictionary file, if its header and indexes are the ones expected. */
    static byte @Nullable [] trie(byte[] file, int base) {
        if (file.length < 32 || (file[2] & 0xFF) != 0xDA || (file[3] & 0xFF) != 0x27) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(file).order(file[8] != 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int header = b.getShort(0) & 0xFFFF;
        if (header < 16 || header + 32 > file.length || ByteBuffer.wrap(file, 12, 4).getInt() != DICT_FORMAT) {
            return null;
        }
        int trieOffset = b.getInt(header);
        int totalSize = b.getInt(header + 12);
        int trieType = b.getInt(header + 16) & 7;
        int transform = b.getInt(header + 20);
        boolean offsetTransform = (transform & 0x7F000000) == 0x01000000;
        if (trieType != 0 || !offsetTransform || (transform & 0x1FFFFF) != base || trieOffset < 32
                || totalSize <= trieOffset || header + totalSize > file.length) {
            return null;
        }
        return Arrays.copyOfRange(file, header + trieOffset, header + totalSize);
    }

    /** One thread's tries, tables of dictionary matches by position, and ICU iterator. */
    private static final class Workspace {

        private final @Nullable BytesTrie[] tries = new BytesTrie[Script.values().length];
        private @Nullable BreakIterator icu;
        /** Per position of the run: how many words start there, or -1 if not looked up yet. */
        private int[] count = new int[64];
        /** Per position: how far the text matched a dictionary path (ICU's "longest prefix"). */
        private int[] prefix = new int[64];
        /** Per position: where its word lengths, shortest first, start in {@link #lengths}. */
        private int[] first = new int[64];
        private int[] lengths = new int[256];
        private int used;
        private int[] bounds = new int[64];
        private int found;

        int[] cut(String s, Script script, byte[] dictionary) {
            int end = s.length();
            if (end < script.minSpan) {
                return new int[] {0, end};
            }
            BytesTrie trie = tries[script.ordinal()];
            if (trie == null) {
                trie = new BytesTrie(dictionary, 0);
                tries[script.ordinal()] = trie;
            }
            start(end);
            int pos = 0;
            while (pos < end) {
                int n = candidates(s, script, trie, pos);
                int length = n == 0 ? 0 : length(pos, n == 1 ? 0 : best(s, script, trie, pos, n));
                int at = pos + length;
                if (at < end && length < ROOT_COMBINE && candidates(s, script, trie, at) == 0
                        && (length == 0 || prefix[at] < PREFIX_COMBINE)) {
                    length += unknown(s, script, trie, at);
                }
                while (pos + length < end && script.is(s.charAt(pos + length), Script.MARK)) {
                    length++;
                }
                if (script == Script.THAI && pos + length < end && candidates(s, script, trie, pos + length) == 0) {
                    length += suffix(s, pos + length);
                }
                pos += length;
                if (pos < end) {
                    bound(pos);
                }
            }
            bound(end);
            return Arrays.copyOf(bounds, found);
        }

        /** Cuts {@code s} with ICU's iterator: the boundaries, from 0 to its length. */
        int[] icu(String s) {
            BreakIterator words = icu;
            if (words == null) {
                words = IcuWords.WORDS.clone();
                icu = words;
            }
            words.setText(s);
            found = 0;
            for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
                bound(b);
            }
            return Arrays.copyOf(bounds, found);
        }

        private void start(int n) {
            if (count.length <= n) {
                int size = Math.max(n + 1, count.length * 2);
                count = new int[size];
                prefix = new int[size];
                first = new int[size];
            }
            Arrays.fill(count, 0, n + 1, -1);
            used = 0;
            found = 0;
            bound(0);
        }

        private void bound(int b) {
            if (found == bounds.length) {
                bounds = Arrays.copyOf(bounds, found * 2);
            }
            bounds[found++] = b;
        }

        /** The length of the {@code i}th shortest word at {@code pos}. */
        private int length(int pos, int i) {
            return lengths[first[pos] + i];
        }

        /**
         * How many dictionary words {@code s} has at {@code pos} (up to the end, at most {@link
         * #MOST_CANDIDATES}); looks them up once per position and run.
         */
        private int candidates(String s, Script script, BytesTrie trie, int pos) {
            int known = count[pos];
            if (known >= 0) {
                return known;
            }
            if (lengths.length < used + MOST_CANDIDATES) {
                lengths = Arrays.copyOf(lengths, lengths.length * 2 + MOST_CANDIDATES);
            }
            int max = s.length() - pos;
            int n = 0;
            int chars = 1;
            BytesTrie.Result r = trie.first(s.charAt(pos) - script.base);
            while (r != BytesTrie.Result.NO_MATCH) {
                if (r.hasValue()) {
                    if (n < MOST_CANDIDATES) {
                        lengths[used + n++] = chars;
                    }
                    if (r == BytesTrie.Result.FINAL_VALUE) {
                        break;
                    }
                }
                if (chars >= max) {
                    break;
                }
                r = trie.next(s.charAt(pos + chars++) - script.base);
            }
            count[pos] = n;
            prefix[pos] = chars;
            first[pos] = used;
            used += n;
            return n;
        }

        /**
         * Which of the {@code n} words at {@code pos} to take: the longest, if it reaches the end;
         * else, from the longest down, the first that two more words can follow; else the shortest
         * that one more can follow; else the longest.
         */
        private int best(String s, Script script, BytesTrie trie, int pos, int n) {
            int end = s.length();
            int chosen = n - 1;
            if (pos + length(pos, n - 1) >= end) {
                return chosen;
            }
            for (int i = n - 1; i >= 0; i--) {
                int second = pos + length(pos, i);
                int m = candidates(s, script, trie, second);
                if (m == 0) {
                    continue;
                }
                chosen = i;
                if (second + length(second, m - 1) >= end) {
                    return i;
                }
                for (int j = m - 1; j >= 0; j--) {
                    if (candidates(s, script, trie, second + length(second, j)) > 0) {
                        return i;
                    }
                }
            }
            return chosen;
        }

        /**
         * How many characters from {@code at}, which starts no dictionary word, belong to the word
         * before: up to a place where a word can begin after one can end and the dictionary has a
         * word, or to the end.
         */
        private int unknown(String s, Script script, BytesTrie trie, int at) {
            int end = s.length();
            char before = s.charAt(at);
            int chars = 1;
            for (int i = at + 1; i < end; i++, chars++) {
                char c = s.charAt(i);
                if (script.is(before, Script.END) && script.is(c, Script.BEGIN) && candidates(s, script, trie, i) > 0) {
                    break;
                }
                before = c;
            }
            return chars;
        }

        /**
         * Thai: how many of the characters at {@code at} that start no word stay with the word
         * before: {@code ฯ} (unless it follows {@code ฯ} or {@code ๆ}), then {@code ๆ} (unless it
         * follows {@code ๆ}).
         */
        private static int suffix(String s, int at) {
            char c = s.charAt(at);
            int taken = 0;
            if (c == PAIYANNOI && s.charAt(at - 1) != PAIYANNOI && s.charAt(at - 1) != MAIYAMOK) {
                taken = 1;
                c = at + 1 < s.length() ? s.charAt(at + 1) : 0;
            }
            if (c == MAIYAMOK && s.charAt(at + taken - 1) != MAIYAMOK) {
                taken++;
            }
            return taken;
        }
    }

    /** ICU's word break iterator, created on first use; each thread clones it. */
    private static final class IcuWords {
        static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.ROOT);
    }
}
