package io.quizarena.problem;

/** This node cannot take the request now (it is shutting down); another node can, or this one later. */
public class ServiceUnavailableException extends DomainException {

    public ServiceUnavailableException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String problemType() {
        return "service-unavailable";
    }

    @Override
    public String title() {
        return "Service unavailable";
    }
}
