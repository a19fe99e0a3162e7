package dev.byline.wire;

import static dev.byline.wire.Property.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table per model type: its known properties, in the order writers write them. Readers look
 * names up here (anything else is an extension), strict readers list {@link #knownNames()} in
 * their errors, and a test checks each table against the model's attributes and the JSON
 * Schema's property list. Immutable and thread-safe. Not API.
 */
public final class PropertyTable {

    /** {@code Article}: the document root. */
    public static final PropertyTable ARTICLE = new PropertyTable("Article", SCHEMA_VERSION, ID, LOCALE, TITLE,
            SUBTITLE, SLUG, PREVIOUS_SLUGS, SUMMARY, BODY, STATUS, PUBLISHED, MODIFIED, CANONICAL_URL, AUTHORS,
            CATEGORIES, TAGS, IMAGE, TRANSLATION_OF, TRANSLATIONS, RELATED, CORRECTIONS);
    /** {@code Author}. */
    public static final PropertyTable AUTHOR = new PropertyTable("Author", ID, NAME, BIO, AFFILIATIONS, EXPERTISE,
            LANGUAGES, URL, IMAGE, SAME_AS);
    /** {@code LanguageSkill}. */
    public static final PropertyTable LANGUAGE_SKILL = new PropertyTable("LanguageSkill", LANGUAGE, PROFICIENCY,
            CEFR);
    /** {@code Translation}. */
    public static final PropertyTable TRANSLATION = new PropertyTable("Translation", LOCALE, URL, TITLE, SLUG,
            PREVIOUS_SLUGS, METHOD, SOURCE_MODIFIED);
    /** {@code TranslationSource}: an edition's {@code translationOf}. */
    public static final PropertyTable TRANSLATION_SOURCE = new PropertyTable("TranslationSource", LOCALE, ID, URL,
            SOURCE_MODIFIED, METHOD, TRANSLATORS);
    /** {@code Translator}. */
    public static final PropertyTable TRANSLATOR = new PropertyTable("Translator", NAME, TYPE, AUTHOR_ID);
    /** {@code Correction}. */
    public static final PropertyTable CORRECTION = new PropertyTable("Correction", DATE, TEXT);
    /** {@code RelatedPost}. */
    public static final PropertyTable RELATED_POST = new PropertyTable("RelatedPost", TITLE, URL, SLUG, LOCALE,
            PUBLISHED, IMAGE, SUMMARY);
    /** {@code Image}. */
    public static final PropertyTable IMAGE_TABLE = new PropertyTable("Image", URL, ALT, WIDTH, HEIGHT, CAPTION,
            CREDIT);
    /** {@code Body}. */
    public static final PropertyTable BODY_TABLE = new PropertyTable("Body", FORMAT, CONTENT);

    /** Every table, in the order above. */
    public static final List<PropertyTable> ALL = List.of(ARTICLE, AUTHOR, LANGUAGE_SKILL, TRANSLATION,
            RELATED_POST, IMAGE_TABLE, BODY_TABLE, TRANSLATION_SOURCE, TRANSLATOR, CORRECTION);

    private final String typeName;
    private final List<Property> properties;
    private final List<Object> knownNames;
    /**
     * The properties by name, open addressing over a power-of-two table (a mask, not a
     * division, finds the slot): readers look up every name they read. The parser hands over
     * the same canonical name instance each time, so the usual hit is an identity comparison.
     */
    private final String[] slotNames;
    private final Property[] slotProperties;
    private final int mask;

    private PropertyTable(String typeName, Property... properties) {
        this.typeName = typeName;
        this.properties = List.of(properties);
        List<Object> names = new ArrayList<>(properties.length);
        int size = Integer.highestOneBit(Math.max(4, properties.length * 4 - 1)) << 1;
        String[] slotNames = new String[size];
        Property[] slotProperties = new Property[size];
        for (Property p : properties) {
            names.add(p.jsonName());
            int i = slot(p.jsonName(), size - 1);
            while (slotNames[i] != null) {
                if (slotNames[i].equals(p.jsonName())) {
                    throw new IllegalArgumentException(typeName + " lists " + p.jsonName() + " twice");
                }
                i = (i + 1) & (size - 1);
            }
            slotNames[i] = p.jsonName();
            slotProperties[i] = p;
        }
        this.knownNames = Collections.unmodifiableList(names);
        this.slotNames = slotNames;
        this.slotProperties = slotProperties;
        this.mask = size - 1;
    }

    private static int slot(String name, int mask) {
        int h = name.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }

    /** The simple name of the model type, such as {@code Article}. */
    public String typeName() {
        return typeName;
    }

    /** The known properties, in the order they are written. */
    public List<Property> properties() {
        return properties;
    }

    /** The known property names, in order, as error messages list them. */
    public List<Object> knownNames() {
        return knownNames;
    }

    /** The known property of that name, or null if it is an extension. */
    public @Nullable Property find(String name) {
        String[] names = slotNames;
        for (int i = slot(name, mask); ; i = (i + 1) & mask) {
            String candidate = names[i];
            if (candidate == null) {
                return null;
            }
            if (candidate == name || candidate.equals(name)) {
                return slotProperties[i];
            }
        }
    }
}
