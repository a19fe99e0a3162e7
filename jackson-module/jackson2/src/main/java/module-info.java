/**
 * byline's JSON wire format v1 as a Jackson module.
 *
 * <p>Register {@code dev.byline.jackson.BylineModule} explicitly, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through the service declared here
 * (the same one {@code META-INF/services/com.fasterxml.jackson.databind.Module} names).
 */
module dev.byline.jackson {
    requires transitive dev.byline;
    requires transitive com.fasterxml.jackson.databind;
    requires dev.byline.wire;
    requires static org.jspecify;

    exports dev.byline.jackson;

    provides com.fasterxml.jackson.databind.Module with dev.byline.jackson.BylineModule;
}
