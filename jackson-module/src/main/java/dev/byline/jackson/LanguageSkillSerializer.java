package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.byline.LanguageSkill;
import java.io.IOException;

/** Writes a {@link LanguageSkill} in wire format v1. */
final class LanguageSkillSerializer extends StdSerializer<LanguageSkill> {

    private static final long serialVersionUID = 1L;
    private static final SerializableString LANGUAGE = Writing.name("language");
    private static final SerializableString PROFICIENCY = Writing.name("proficiency");
    private static final SerializableString CEFR = Writing.name("cefr");

    LanguageSkillSerializer() {
        super(LanguageSkill.class);
    }

    @Override
    public void serialize(LanguageSkill value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    static void write(LanguageSkill skill, JsonGenerator gen) throws IOException {
        gen.writeStartObject(skill);
        gen.writeFieldName(LANGUAGE);
        gen.writeString(skill.language().toLanguageTag());
        gen.writeFieldName(PROFICIENCY);
        gen.writeString(skill.proficiency().wireName());
        if (skill.cefr().isPresent()) {
            gen.writeFieldName(CEFR);
            gen.writeString(skill.cefr().get().wireName());
        }
        Writing.extensions(gen, skill.extensions());
        gen.writeEndObject();
    }
}
