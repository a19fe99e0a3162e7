package dev.byline.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the example service.
 *
 * <p>There is no JSON configuration anywhere in this application: {@code byline-jackson3} is
 * on the class path, it declares its {@code BylineModule} as a Jackson 3 service, and Spring
 * Boot's auto-configured {@code JsonMapper} finds and registers it. Controllers then take and
 * return {@link dev.byline.Article} like any other type.
 */
@SpringBootApplication
public class BylineServiceApplication {

    /**
     * Runs the service.
     *
     * @param args Spring Boot's command-line arguments, such as {@code --server.port=9000}
     */
    public static void main(String[] args) {
        SpringApplication.run(BylineServiceApplication.class, args);
    }
}
