/**
 * byline core: the immutable model of a multilingual article.
 *
 * <p>Exports the value types in {@code dev.byline} and the slug maker in
 * {@code dev.byline.slug}. Packages named {@code internal} hold plumbing (text rules, URL checks,
 * slug tables) and are not exported.
 */
module dev.byline {
    // annotation-only dependencies: needed to compile, optional at run time. JSpecify is
    // transitive because the public API carries its nullness annotations.
    requires static transitive org.jspecify;
    requires static org.immutables.value.annotations;
    requires com.ibm.icu;
    requires org.jsoup;

    exports dev.byline;
    exports dev.byline.locale;
    exports dev.byline.related;
    exports dev.byline.slug;
    exports dev.byline.text;
    exports dev.byline.web;
}
