package io.quizarena.web;

/** A page needs a signed-in host: the reader is sent to the sign-in page, which brings them back. */
final class SignInRequired extends RuntimeException {

    final PageContext page;

    SignInRequired(PageContext page) {
        super("sign in first", null, false, false);
        this.page = page;
    }
}
