/**
 * byline's JSON wire format v1 as a Jackson 3 module.
 *
 * <p>Register {@code dev.byline.jackson3.BylineModule} explicitly, or let
 * {@code JsonMapper.builder().findAndAddModules()} (and frameworks such as Spring Boot 4 and
 * Micronaut 5) find it through the service declared here (the same one
 * {@code META-INF/services/tools.jackson.databind.JacksonModule} names).
 *
 * <p>The name ends in a digit (which javac's lint advises against) to match the Jackson
 * generation it serves, as {@code tools.jackson} does with its package names.
 */
@SuppressWarnings("module")
module dev.byline.jackson3 {
    requires transitive dev.byline;
    requires transitive tools.jackson.databind;
    requires dev.byline.wire;
    requires static org.jspecify;

    exports dev.byline.jackson3;

    provides tools.jackson.databind.JacksonModule with dev.byline.jackson3.BylineModule;
}
