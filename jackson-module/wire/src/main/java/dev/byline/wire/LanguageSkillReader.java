package dev.byline.wire;

import dev.byline.CefrLevel;
import dev.byline.InvalidArticleException;
import dev.byline.LanguageSkill;
import dev.byline.Proficiency;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a {@link LanguageSkill} of wire format v1 through {@code LanguageSkill.builder()}. Not API. */
public final class LanguageSkillReader {

    private static final PropertyTable TABLE = PropertyTable.LANGUAGE_SKILL;

    private LanguageSkillReader() {}

    /** Reads the language skill whose object starts at the current token. */
    public static LanguageSkill read(JsonIn in, ReadOptions options) throws IOException {
        Class<?> type = LanguageSkill.class;
        Values.startObject(in, type);
        Locale language = null;
        Proficiency proficiency = null;
        CefrLevel cefr = null;
        Map<String, @Nullable Object> extensions = null;
        long seen = 0;
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            in.next();
            Property property = TABLE.find(name);
            if (property == null) {
                extensions = Values.unknown(in, type, options, extensions, name, TABLE);
                continue;
            }
            seen = Values.once(in, type, seen, property);
            switch (property) {
                case LANGUAGE:
                    language = Values.locale(in, type);
                    break;
                case PROFICIENCY:
                    proficiency = Values.word(in, type, Proficiency::fromWireName, "native, fluent, intermediate, basic");
                    break;
                case CEFR:
                    cefr = Values.word(in, type, CefrLevel::fromWireName, "A1, A2, B1, B2, C1, C2");
                    break;
                default:
                    throw new IllegalStateException("no reader for " + property);
            }
        }
        LanguageSkill.Builder b = LanguageSkill.builder()
                .language(Values.required(in, type, language, Property.LANGUAGE))
                .proficiency(Values.required(in, type, proficiency, Property.PROFICIENCY))
                .extensions(Values.extensions(in, type, extensions));
        if (cefr != null) {
            b.cefr(cefr);
        }
        try {
            return b.build();
        } catch (InvalidArticleException e) {
            throw Values.invalid(in, type, e);
        }
    }
}
