package dev.byline.related;

import dev.byline.web.LayerViolation;

/** A test fixture that closes a cycle with {@link LayerViolation}: {@code related} to {@code web} and back. */
public final class CycleBack {

    private CycleBack() {}

    /** Uses the fixture in {@code web}, which uses {@code related}. */
    public static Class<?> back() {
        return LayerViolation.class;
    }
}
