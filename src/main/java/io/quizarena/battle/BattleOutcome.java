package io.quizarena.battle;

/** Who won a battle: the higher score, unless a side forfeited, which always loses (its opponent always wins). */
final class BattleOutcome {

    static final String WIN = "WIN";
    static final String LOSS = "LOSS";
    static final String DRAW = "DRAW";

    private BattleOutcome() {}

    /** The outcomes of side 0 and side 1. */
    static String[] of(int score0, int score1, boolean forfeited0, boolean forfeited1) {
        if (forfeited0 != forfeited1) {
            return forfeited0 ? new String[] {LOSS, WIN} : new String[] {WIN, LOSS};
        }
        if (score0 == score1) {
            return new String[] {DRAW, DRAW};
        }
        return score0 > score1 ? new String[] {WIN, LOSS} : new String[] {LOSS, WIN};
    }
}
