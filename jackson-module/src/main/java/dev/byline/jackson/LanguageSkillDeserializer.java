package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.byline.CefrLevel;
import dev.byline.InvalidArticleException;
import dev.byline.LanguageSkill;
import dev.byline.Proficiency;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a {@link LanguageSkill} of wire format v1 through {@code LanguageSkill.builder()}. */
final class LanguageSkillDeserializer extends StdDeserializer<LanguageSkill> {

    private static final long serialVersionUID = 1L;
    static final List<Object> KNOWN = List.of("language", "proficiency", "cefr");

    private final Settings settings;

    LanguageSkillDeserializer(Settings settings) {
        super(LanguageSkill.class);
        this.settings = settings;
    }

    @Override
    public LanguageSkill deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, settings);
    }

    static LanguageSkill read(JsonParser p, Settings settings) throws IOException {
        Class<?> type = LanguageSkill.class;
        Reading.startObject(p, type);
        Locale language = null;
        Proficiency proficiency = null;
        CefrLevel cefr = null;
        Map<String, @Nullable Object> extensions = null;
        int seen = 0;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "language":
                    seen = Reading.once(p, type, seen, 1);
                    language = Reading.locale(p, type);
                    break;
                case "proficiency":
                    seen = Reading.once(p, type, seen, 2);
                    proficiency = Reading.word(p, type, Proficiency::fromWireName, "native, fluent, intermediate, basic");
                    break;
                case "cefr":
                    seen = Reading.once(p, type, seen, 4);
                    cefr = Reading.word(p, type, CefrLevel::fromWireName, "A1, A2, B1, B2, C1, C2");
                    break;
                default:
                    extensions = Reading.unknown(p, type, settings, extensions, name, KNOWN);
            }
        }
        LanguageSkill.Builder b = LanguageSkill.builder()
                .language(Reading.required(p, type, language, "language"))
                .proficiency(Reading.required(p, type, proficiency, "proficiency"))
                .extensions(Reading.extensions(p, type, extensions));
        if (cefr != null) {
            b.cefr(cefr);
        }
        try {
            return b.build();
        } catch (InvalidArticleException e) {
            throw Reading.invalid(p, type, e);
        }
    }
}
