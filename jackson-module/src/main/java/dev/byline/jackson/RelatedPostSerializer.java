package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.byline.RelatedPost;
import java.io.IOException;

/** Writes a {@link RelatedPost} in wire format v1. */
final class RelatedPostSerializer extends StdSerializer<RelatedPost> {

    private static final long serialVersionUID = 1L;
    private static final SerializableString TITLE = Writing.name("title");
    private static final SerializableString URL = Writing.name("url");
    private static final SerializableString SLUG = Writing.name("slug");
    private static final SerializableString LOCALE = Writing.name("locale");
    private static final SerializableString PUBLISHED = Writing.name("published");
    private static final SerializableString IMAGE = Writing.name("image");
    private static final SerializableString SUMMARY = Writing.name("summary");

    RelatedPostSerializer() {
        super(RelatedPost.class);
    }

    @Override
    public void serialize(RelatedPost value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    static void write(RelatedPost post, JsonGenerator gen) throws IOException {
        gen.writeStartObject(post);
        gen.writeFieldName(TITLE);
        gen.writeString(post.title());
        gen.writeFieldName(URL);
        Writing.uri(gen, post.url());
        if (post.slug().isPresent()) {
            gen.writeFieldName(SLUG);
            gen.writeString(post.slug().get().value());
        }
        if (post.locale().isPresent()) {
            gen.writeFieldName(LOCALE);
            gen.writeString(post.locale().get().toLanguageTag());
        }
        if (post.published().isPresent()) {
            gen.writeFieldName(PUBLISHED);
            Writing.dateTime(gen, post.published().get());
        }
        if (post.image().isPresent()) {
            gen.writeFieldName(IMAGE);
            ImageSerializer.write(post.image().get(), gen);
        }
        if (post.summary().isPresent()) {
            gen.writeFieldName(SUMMARY);
            gen.writeString(post.summary().get());
        }
        Writing.extensions(gen, post.extensions());
        gen.writeEndObject();
    }
}
