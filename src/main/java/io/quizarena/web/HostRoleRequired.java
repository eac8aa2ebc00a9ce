package io.quizarena.web;

/** Signed in, but without the host role: the page explains instead of redirecting in a loop. */
final class HostRoleRequired extends RuntimeException {

    final PageContext page;

    HostRoleRequired(PageContext page) {
        super("the host role is required", null, false, false);
        this.page = page;
    }
}
