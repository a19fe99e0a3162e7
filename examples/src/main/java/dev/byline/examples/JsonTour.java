package dev.byline.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.byline.Article;
import dev.byline.jackson.BylineJson;
import dev.byline.jackson.BylineModule;
import dev.byline.jackson.JsonLd;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * The JSON part of the tour: the wire format v1, a round trip that keeps unknown properties,
 * schema.org JSON-LD, and the error a bad document gets.
 */
public final class JsonTour {

    private JsonTour() {}

    /**
     * Prints the JSON tour for an article.
     *
     * @param article the article to show; not null
     * @param out where to print; not null
     */
    public static void print(Article article, PrintStream out) {
        try {
            // explicit registration; new ObjectMapper().findAndRegisterModules() finds the same module
            ObjectMapper mapper = JsonMapper.builder().addModule(new BylineModule()).build();

            String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(article);
            out.println("== JSON wire format v1 ==");
            out.println(json);

            Article back = mapper.readValue(json, Article.class);
            out.println("read back equal: " + back.equals(article));

            // a newer writer added a property byline does not know: it survives, number and all
            String withExtra = mapper.writeValueAsString(article).replaceFirst("}$", ",\"x-rating\":4.50}");
            Article extended = BylineJson.reader().readValue(withExtra);
            out.println("extension kept: " + extended.extensions().asMap().get("x-rating"));
            out.println("written back:   " + mapper.writeValueAsString(extended).endsWith(",\"x-rating\":4.50}"));

            out.println("== schema.org JSON-LD ==");
            out.println("<script type=\"application/ld+json\">" + JsonLd.write(article) + "</script>");

            out.println("== a bad document ==");
            String bad = mapper.writeValueAsString(article).replaceFirst("\"locale\":\"[^\"]*\"", "\"locale\":\"english\"");
            try {
                BylineJson.reader().readValue(bad);
                out.println("accepted?!");
            } catch (JsonProcessingException e) {
                out.println(e.getClass().getSimpleName() + ": " + e.getOriginalMessage());
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
