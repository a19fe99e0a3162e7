package dev.byline.slug.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A caller's own replacements ({@code C++} to {@code cpp}, {@code €} to {@code euro}), applied to
 * the NFC title before any other rule, longest match first, scanning left to right; replaced text
 * is not scanned again. Immutable and thread-safe.
 */
public final class Replacements {

    private final Map<Character, List<Map.Entry<String, String>>> byFirstChar;

    public Replacements(Map<String, String> replacements) {
        if (replacements.isEmpty()) {
            this.byFirstChar = Map.of(); // the common case builds nothing (first-call latency)
            return;
        }
        Map<Character, List<Map.Entry<String, String>>> m = new HashMap<>();
        for (Map.Entry<String, String> e : replacements.entrySet()) {
            m.computeIfAbsent(e.getKey().charAt(0), k -> new ArrayList<>()).add(Map.entry(e.getKey(), e.getValue()));
        }
        Map<Character, List<Map.Entry<String, String>>> sorted = new HashMap<>();
        for (Map.Entry<Character, List<Map.Entry<String, String>>> e : m.entrySet()) {
            List<Map.Entry<String, String>> list = e.getValue();
            list.sort(Comparator.comparingInt((Map.Entry<String, String> r) -> r.getKey().length()).reversed());
            sorted.put(e.getKey(), List.copyOf(list));
        }
        this.byFirstChar = Map.copyOf(sorted);
    }

    public boolean isEmpty() {
        return byFirstChar.isEmpty();
    }

    public String apply(String s) {
        StringBuilder sb = null;
        int copied = 0;
        for (int i = 0; i < s.length(); ) {
            List<Map.Entry<String, String>> candidates = byFirstChar.get(s.charAt(i));
            Map.Entry<String, String> match = null;
            if (candidates != null) {
                for (Map.Entry<String, String> e : candidates) {
                    if (s.startsWith(e.getKey(), i)) {
                        match = e;
                        break;
                    }
                }
            }
            if (match == null) {
                i++;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length() + 16);
            }
            sb.append(s, copied, i).append(match.getValue());
            i += match.getKey().length();
            copied = i;
        }
        return sb == null ? s : sb.append(s, copied, s.length()).toString();
    }
}
