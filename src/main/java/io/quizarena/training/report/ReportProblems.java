package io.quizarena.training.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizarena.problem.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The report's refusals as problem details with the machine-readable {@code code} of docs/training-api.md. The shared
 * mapper (problem/ProblemMappers) has no code yet; these mappers are more specific, so they win for these two types.
 */
class ReportProblems {

    /** Problem details plus {@code code}; the type URN as the shared mapper writes it. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CodedProblem(String type, String title, int status, String detail, String instance, String code) {}

    @ServerExceptionMapper
    Response notFound(ReportNotFound e, UriInfo uri) {
        return respond(e, e.code(), uri);
    }

    @ServerExceptionMapper
    Response refused(ReportRefused e, UriInfo uri) {
        return respond(e, ReportRefused.CODE, uri);
    }

    private static Response respond(DomainException e, String code, UriInfo uri) {
        CodedProblem body = new CodedProblem(
                "urn:quiz-arena:problem:" + e.problemType(),
                e.title(),
                e.status(),
                e.getMessage(),
                uri == null ? null : uri.getRequestUri().getRawPath(),
                code);
        return Response.status(e.status())
                .type("application/problem+json")
                .entity(body)
                .build();
    }
}
