/**
 * byline Japanese: reads Japanese titles for byline's slugger with Lucene's Kuromoji analyzer and
 * its IPADIC dictionary, so that {@code 東京の天気} becomes {@code tokyo-no-tenki}. Put it beside
 * byline-core; the slugger finds it through {@link java.util.ServiceLoader}. No code needs to
 * refer to it.
 */
module dev.byline.japanese {
    requires static org.jspecify;
    // transitive: the exported reader implements dev.byline.slug.spi.JapaneseReader
    requires transitive dev.byline;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.kuromoji;

    exports dev.byline.japanese;

    provides dev.byline.slug.spi.JapaneseReader with dev.byline.japanese.KuromojiReader;
}
