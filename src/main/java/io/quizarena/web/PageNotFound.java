package io.quizarena.web;

import io.quizarena.problem.NotFoundException;
import java.util.function.Supplier;

/** A page whose subject does not exist (a quiz, a board, a game): readers get a page that says so, not JSON. */
final class PageNotFound extends RuntimeException {

    final PageContext page;

    private PageNotFound(PageContext page, String detail) {
        super(detail, null, false, false);
        this.page = page;
    }

    /** Runs a lookup for a page; "not found" becomes the not-found page. */
    static <T> T orNotFound(PageContext page, Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (NotFoundException e) {
            throw new PageNotFound(page, e.getMessage());
        }
    }
}
