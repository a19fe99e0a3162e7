package dev.byline.examples.service;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** The pages' one piece of Spring configuration: their words follow the edition's language. */
@Configuration(proxyBeanMethods = false)
public class SiteConfiguration {

    /**
     * Replaces Spring Boot's locale resolver (the bean name is what Spring MVC looks up).
     *
     * @return the resolver
     */
    @Bean
    public LocaleResolver localeResolver() {
        return new EditionLocaleResolver();
    }
}
