package io.quizarena.room;

import io.quizarena.problem.ConflictException;

/**
 * A host has as many open rooms as one account may (arena.room.max-rooms-per-host): 409, since closing one of them
 * frees a slot at once; waiting alone does not.
 */
public class TooManyRoomsException extends ConflictException {

    public TooManyRoomsException(int max) {
        super("you have " + max + " open rooms, the most one host may have; close one to open another");
    }

    @Override
    public String problemType() {
        return "too-many-rooms";
    }

    @Override
    public String title() {
        return "Too many open rooms";
    }
}
