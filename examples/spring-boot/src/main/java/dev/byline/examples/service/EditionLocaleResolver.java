package dev.byline.examples.service;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The locale a page is written in, for Spring's messages ({@code #{...}} in the templates): the
 * language of the article edition being shown, set by the page controller; for any other request,
 * the reader's {@code Accept-Language} as usual.
 *
 * <p>A page's words must match its edition, not the reader's browser: a Turkish reader who opens
 * the Persian edition sees Persian labels around the Persian text.
 */
public class EditionLocaleResolver extends AcceptHeaderLocaleResolver {

    /** The request attribute that holds the edition's {@link Locale}. */
    static final String EDITION_LOCALE = EditionLocaleResolver.class.getName() + ".locale";

    /** Creates the resolver, with English for requests that name no language. */
    public EditionLocaleResolver() {
        setDefaultLocale(Locale.ENGLISH);
    }

    /**
     * Marks a request as showing an edition in a language.
     *
     * @param request the request
     * @param locale the edition's language
     */
    static void showEdition(HttpServletRequest request, Locale locale) {
        request.setAttribute(EDITION_LOCALE, locale);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object edition = request.getAttribute(EDITION_LOCALE);
        return edition instanceof Locale ? (Locale) edition : super.resolveLocale(request);
    }
}
