package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.byline.Image;
import java.io.IOException;

/** Writes an {@link Image} in wire format v1: known properties in order, then extensions. */
final class ImageSerializer extends StdSerializer<Image> {

    private static final long serialVersionUID = 1L;
    private static final SerializableString URL = Writing.name("url");
    private static final SerializableString ALT = Writing.name("alt");
    private static final SerializableString WIDTH = Writing.name("width");
    private static final SerializableString HEIGHT = Writing.name("height");
    private static final SerializableString CAPTION = Writing.name("caption");
    private static final SerializableString CREDIT = Writing.name("credit");

    ImageSerializer() {
        super(Image.class);
    }

    @Override
    public void serialize(Image value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    static void write(Image image, JsonGenerator gen) throws IOException {
        gen.writeStartObject(image);
        gen.writeFieldName(URL);
        Writing.uri(gen, image.url());
        if (image.alt().isPresent()) {
            gen.writeFieldName(ALT);
            gen.writeString(image.alt().get());
        }
        if (image.width().isPresent()) {
            gen.writeFieldName(WIDTH);
            gen.writeNumber(image.width().getAsInt());
        }
        if (image.height().isPresent()) {
            gen.writeFieldName(HEIGHT);
            gen.writeNumber(image.height().getAsInt());
        }
        if (image.caption().isPresent()) {
            gen.writeFieldName(CAPTION);
            gen.writeString(image.caption().get());
        }
        if (image.credit().isPresent()) {
            gen.writeFieldName(CREDIT);
            gen.writeString(image.credit().get());
        }
        Writing.extensions(gen, image.extensions());
        gen.writeEndObject();
    }
}
