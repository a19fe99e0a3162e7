package dev.byline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Immutables style for the model: package-private {@code AbstractX} definitions generate
 * public {@code X} types with {@code X.builder()}, {@code withY(...)} and {@code X.copyOf(...)}.
 * A builder missing a required attribute throws {@link InvalidArticleException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        typeAbstract = "Abstract*",
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        jdkOnly = true,
        depluralize = true,
        depluralizeDictionary = {
            "category:categories",
            "sameAs:sameAs",
            "related:related",
            "expertise:expertise",
            "affiliation:affiliations"
        },
        throwForInvalidImmutableState = InvalidArticleException.class,
        defaults = @Value.Immutable(copy = true),
        // no @Generated on the public types: keeps Immutables out of the runtime API
        allowedClasspathAnnotations = {Override.class})
@interface BylineStyle {}
