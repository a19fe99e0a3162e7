package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.Author;
import dev.byline.CefrLevel;
import dev.byline.InvalidValueException;
import dev.byline.LanguageSkill;
import dev.byline.Proficiency;
import dev.byline.Slug;
import dev.byline.wire.Values;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rules written twice, once in Java and once in the JSON Schema, agree: character by
 * character for one-line text, prose, body and slugs (every BMP code point and a spread of the
 * others, including every noncharacter), the language tag pattern, and the CEFR ranges. The
 * schema's patterns are run with {@code java.util.regex}, which reads the ECMA-262 subset they
 * use the same way; {@code NodeConsumerTest} runs them in JavaScript.
 */
class SchemaRulesAgreementTest {

    private static final JsonNode DEFS = defs();

    private static JsonNode defs() {
        try (InputStream in = Jackson2.INSTANCE.schema()) {
            return new ObjectMapper().readTree(in).get("$defs");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Pattern pattern(JsonNode node) {
        return Pattern.compile(node.get("pattern").asText());
    }

    /** Accepted by the schema definition: the pattern matches and the "not" pattern does not. */
    private static boolean schemaAccepts(String def, String value) {
        JsonNode d = DEFS.get(def);
        if (!pattern(d).matcher(value).find()) {
            return false;
        }
        return !d.has("not") || !pattern(d.get("not")).matcher(value).find();
    }

    private static boolean javaAccepts(Runnable build) {
        try {
            build.run();
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** Every BMP code point but the surrogates, every noncharacter, and one code point in 61 above the BMP. */
    private static List<Integer> codePoints() {
        List<Integer> list = new ArrayList<>();
        for (int cp = 0; cp < 0x110000; cp++) {
            boolean sample = cp <= 0xFFFF || cp % 61 == 0 || (cp & 0xFFFE) == 0xFFFE;
            if (sample && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                list.add(cp);
            }
        }
        return list;
    }

    @Test
    void plainTextProseAndBodyPatternsAgreeWithTheModelForEveryCharacter() {
        Set<String> disagreements = new TreeSet<>();
        JsonNode bodyContent = DEFS.get("body").get("properties").get("content");
        Pattern body = pattern(bodyContent);
        for (int cp : codePoints()) {
            String s = "a" + new String(Character.toChars(cp)) + "b";
            boolean plain = javaAccepts(() -> Author.builder().id("a").name(s).build());
            if (plain != schemaAccepts("plainText", s)) {
                disagreements.add(String.format("plainText U+%04X java=%s", cp, plain));
            }
            boolean prose = javaAccepts(() -> Author.builder().id("a").name("n").bio(s).build());
            if (prose != schemaAccepts("prose", s)) {
                disagreements.add(String.format("prose U+%04X java=%s", cp, prose));
            }
            boolean content = javaAccepts(() -> dev.byline.Body.of(dev.byline.BodyFormat.TEXT, s));
            if (content != body.matcher(s).find()) {
                disagreements.add(String.format("body U+%04X java=%s", cp, content));
            }
            String alone = new String(Character.toChars(cp));
            boolean blankJava = !javaAccepts(() -> Author.builder().id("a").name("x").bio(alone).build())
                    && javaAccepts(() -> Author.builder().id("a").name("x").bio("x" + alone).build());
            boolean blankSchema = !schemaAccepts("prose", alone) && schemaAccepts("prose", "x" + alone);
            if (blankJava != blankSchema) {
                disagreements.add(String.format("blank U+%04X java=%s", cp, blankJava));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theSlugPatternAcceptsExactlyWhatSlugAcceptsForEveryCharacter() {
        Pattern slug = pattern(DEFS.get("slug"));
        Set<String> disagreements = new TreeSet<>();
        for (int cp : codePoints()) {
            String c = new String(Character.toChars(cp));
            // first, inside, last, after a hyphen, and either side of a zero-width non-joiner
            for (String s : List.of(c, "a" + c, c + "a", "a-" + c, "\u0628" + c + "\u200c\u0628", "\u0628\u200c" + c)) {
                // the reader takes what Slug.of takes (it normalizes to NFC)
                boolean java = javaAccepts(() -> Slug.of(s));
                if (java != slug.matcher(s).matches()) {
                    disagreements.add(String.format("U+%04X in \"%s\" java=%s", cp, s, java));
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theLanguageTagPatternIsTheReadersPattern() {
        assertThat(DEFS.get("languageTag").get("pattern").asText()).isEqualTo(Values.LANGUAGE_TAG);
    }

    @Test
    void theCefrRangesAreTheProficienciesRanges() {
        JsonNode allOf = DEFS.get("languageSkill").get("allOf");
        assertThat(allOf).hasSize(Proficiency.values().length);
        for (JsonNode rule : allOf) {
            Proficiency p = Proficiency.fromWireName(rule.at("/if/properties/proficiency/const").asText()).orElseThrow();
            Set<String> schemaLevels = new TreeSet<>();
            rule.at("/then/properties/cefr/enum").forEach(l -> schemaLevels.add(l.asText()));
            Set<String> javaLevels = new TreeSet<>();
            for (CefrLevel level : CefrLevel.values()) {
                if (p.admits(level)) {
                    javaLevels.add(level.wireName());
                }
                boolean built = javaAccepts(() -> LanguageSkill.builder().language(Locale.ENGLISH).proficiency(p)
                        .cefr(level).build());
                assertThat(built).isEqualTo(p.admits(level));
            }
            assertThat(schemaLevels).as(p.wireName()).isEqualTo(javaLevels);
        }
    }
}
