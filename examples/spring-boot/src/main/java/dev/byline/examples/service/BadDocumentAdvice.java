package dev.byline.examples.service;

import java.util.Objects;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * Turns a request body that is not a valid article document into a {@code 400 Bad Request}
 * with an RFC 9457 {@code application/problem+json} body that says what is wrong and where:
 *
 * <pre>{@code
 * HTTP/1.1 400
 * Content-Type: application/problem+json
 *
 * {"detail":"$.title: must be a string, not an integer","instance":"/articles","status":400,
 *  "title":"Bad article document","jsonPath":"$.title","rule":"must be a string, not an integer"}
 * }</pre>
 *
 * <p>byline's Jackson module reports every bad document with a Jackson exception (a
 * {@code DatabindException} for a bad value, a {@code StreamReadException} for malformed JSON)
 * whose message starts with the JSON path of the bad value and goes on with the rule. Spring
 * wraps it in an {@link HttpMessageNotReadableException}; this advice unwraps it and splits
 * the message at the first {@code ": "}.
 *
 * <p>Other errors of Spring MVC (wrong media type, wrong method and so on) are answered in
 * the same format by Spring Boot ({@code spring.mvc.problemdetails.enabled}); this advice comes
 * first.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BadDocumentAdvice {

    /**
     * Answers a request whose body could not be read.
     *
     * @param e Spring's exception, usually caused by Jackson's
     * @return the problem
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail badDocument(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Bad article document");
        if (!(e.getCause() instanceof JacksonException)) {
            problem.setDetail("The request body could not be read as an article document.");
            return problem;
        }
        String message = Objects.toString(((JacksonException) e.getCause()).getOriginalMessage(), "");
        int split = message.indexOf(": ");
        boolean hasPath = message.startsWith("$") && split > 0;
        problem.setDetail(message);
        // a document that is not JSON at all fails before byline's reader has a path
        problem.setProperty("jsonPath", hasPath ? message.substring(0, split) : "$");
        problem.setProperty("rule", hasPath ? message.substring(split + 2) : message);
        return problem;
    }
}
