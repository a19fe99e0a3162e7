package dev.byline.web;

import dev.byline.related.RelatedPosts;

/** A test fixture that breaks the layering: {@code web} using {@code related}, a higher package. */
public final class LayerViolation {

    private LayerViolation() {}

    /** Uses the higher package. */
    public static Class<?> higher() {
        return RelatedPosts.class;
    }
}
