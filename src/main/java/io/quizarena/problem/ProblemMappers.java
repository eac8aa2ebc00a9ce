package io.quizarena.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import io.quizarena.bank.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure of the REST layer to RFC 9457 problem details, in one place. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response domain(DomainException e, UriInfo uri) {
        return respond(Problem.of(
                e.problemType(), e.title(), e.status(), e.getMessage(), path(uri), e.violations(), e.code()));
    }

    @ServerExceptionMapper
    Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::toViolation)
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .collect(Collectors.toList());
        return respond(Problem.of(
                "invalid-input", "Invalid input", 400, "the request breaks a constraint", path(uri), errors));
    }

    @ServerExceptionMapper
    Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String field = "/";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                    .collect(Collectors.joining("/", "/", ""));
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return respond(Problem.of(
                "malformed-json",
                "Malformed JSON",
                400,
                "the body is not valid JSON for this" + " endpoint" + where,
                path(uri),
                List.of(new Violation(field, e.getOriginalMessage()))));
    }

    /** More specific than Quarkus' own mapper for this type, which answers without problem details. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(
                Problem.of("forbidden", "Not allowed", 403, "your roles do not allow this", path(uri), List.of()));
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException parse) {
            // Quarkus REST wraps body parse failures in a 400
            return malformedJson(parse, uri);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "HTTP " + status;
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return respond(Problem.of("http-" + status, title, status, e.getMessage(), path(uri), List.of()));
    }

    @ServerExceptionMapper
    Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure", e);
        return respond(Problem.of(
                "internal-error",
                "Internal error",
                500,
                "an unexpected error occurred; it was" + " logged",
                path(uri),
                List.of()));
    }

    private static Violation toViolation(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // "search.arg2" or "search.size": keep the last segment, which names the parameter or field
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return new Violation("/" + field, v.getMessage());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
