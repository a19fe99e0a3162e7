/**
 * byline core: the immutable model of a multilingual article and everything around it that
 * needs no JSON.
 *
 * <p>Exported packages, bottom up (each uses only those before it):
 * <ul>
 *   <li>{@code dev.byline}: the value types ({@code Article}, {@code Author},
 *       {@code Translation}, {@code RelatedPost}, {@code Image}, {@code Body}, {@code Slug},
 *       {@code Extensions}...), their enums, {@code Limits} and the exceptions;</li>
 *   <li>{@code dev.byline.web}: share links, the body as safe HTML;</li>
 *   <li>{@code dev.byline.text}: plain text of bodies, word counts, reading times, excerpts;</li>
 *   <li>{@code dev.byline.locale}: language names and tags, negotiation, hreflang, dates,
 *       counts and reading times, name sorting;</li>
 *   <li>{@code dev.byline.slug}: the slug maker, and {@code dev.byline.slug.spi}, the service
 *       interface of add-ons such as {@code byline-japanese} (which reads Japanese kanji);</li>
 *   <li>{@code dev.byline.related}: related posts.</li>
 * </ul>
 * Packages named {@code internal} hold plumbing (ICU data, text rules, slug tables, the related
 * posts index) and are not exported.
 */
module dev.byline {
    // annotation-only dependencies: needed to compile, optional at run time. JSpecify is
    // transitive because the public API carries its nullness annotations.
    requires static transitive org.jspecify;
    requires static org.immutables.value.annotations;
    requires com.ibm.icu;
    requires org.jsoup;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.commonmark.ext.gfm.strikethrough;

    exports dev.byline;
    exports dev.byline.locale;
    exports dev.byline.related;
    exports dev.byline.slug;
    exports dev.byline.slug.spi;
    exports dev.byline.text;
    exports dev.byline.web;

    // optional add-ons found with ServiceLoader (byline-japanese)
    uses dev.byline.slug.spi.JapaneseReader;
}
