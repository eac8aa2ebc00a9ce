package io.quizarena.scoring;

import java.util.List;

/**
 * Glicko-2 (Mark Glickman, "Example of the Glicko-2 system", 2013): a rating, its deviation (how sure we are) and its
 * volatility (how erratic the player is). Pure arithmetic on the published formulas; no framework types.
 *
 * <p>A rating period is whatever the caller passes in one {@link #update}: Quiz Arena rates every battle as its own
 * period (docs/adr/0008), and widens the deviation of an idle player with {@link #idle} for each day without a battle.
 */
public final class Glicko2 {

    /** Ratings are shown on the Glicko-1 scale; Glicko-2 works on this scale divided by it. */
    static final double SCALE = 173.7178;

    static final double CONVERGENCE = 0.000001;

    /** A rating on the familiar scale (1500 is average). */
    public record Rating(double rating, double deviation, double volatility) {

        /** A new player: average, very uncertain. */
        public static final Rating INITIAL = new Rating(1500, 350, 0.06);

        /** Deviation over this: the rating is not established yet (kept out of the top ten). */
        public static final double PROVISIONAL_DEVIATION = 110;

        public boolean provisional() {
            return deviation > PROVISIONAL_DEVIATION;
        }
    }

    /**
     * One game of the period.
     *
     * @param opponent the opponent's rating before the period
     * @param score 1 for a win, 0.5 for a draw, 0 for a loss
     */
    public record Game(Rating opponent, double score) {}

    private final double tau;

    /** @param tau the system constant that limits how fast volatility moves (Glickman suggests 0.3 to 1.2) */
    public Glicko2(double tau) {
        this.tau = tau;
    }

    /** The rating after a period with these games; a period without games only widens the deviation. */
    public Rating update(Rating player, List<Game> games) {
        double mu = (player.rating() - 1500) / SCALE;
        double phi = player.deviation() / SCALE;
        double sigma = player.volatility();
        if (games.isEmpty()) {
            return new Rating(player.rating(), SCALE * Math.sqrt(phi * phi + sigma * sigma), sigma);
        }
        double inverseV = 0;
        double sum = 0;
        for (Game game : games) {
            double muJ = (game.opponent().rating() - 1500) / SCALE;
            double g = g(game.opponent().deviation() / SCALE);
            double e = expected(mu, muJ, g);
            inverseV += g * g * e * (1 - e);
            sum += g * (game.score() - e);
        }
        double v = 1 / inverseV;
        double delta = v * sum;
        double newSigma = volatility(phi, sigma, v, delta);
        double phiStar = Math.sqrt(phi * phi + newSigma * newSigma);
        double newPhi = 1 / Math.sqrt(1 / (phiStar * phiStar) + 1 / v);
        double newMu = mu + newPhi * newPhi * sum;
        return new Rating(SCALE * newMu + 1500, SCALE * newPhi, newSigma);
    }

    /** The rating after {@code periods} periods without games, the deviation capped at the initial one. */
    public Rating idle(Rating player, int periods) {
        Rating r = player;
        for (int i = 0; i < periods && r.deviation() < Rating.INITIAL.deviation(); i++) {
            r = update(r, List.of());
        }
        return new Rating(r.rating(), Math.min(r.deviation(), Rating.INITIAL.deviation()), r.volatility());
    }

    private static double g(double phi) {
        return 1 / Math.sqrt(1 + 3 * phi * phi / (Math.PI * Math.PI));
    }

    private static double expected(double mu, double muJ, double g) {
        return 1 / (1 + Math.exp(-g * (mu - muJ)));
    }

    /** Step 5 of the paper: the new volatility, by the Illinois algorithm. */
    private double volatility(double phi, double sigma, double v, double delta) {
        double a = Math.log(sigma * sigma);
        double phi2 = phi * phi;
        java.util.function.DoubleUnaryOperator f = x -> {
            double ex = Math.exp(x);
            double d = phi2 + v + ex;
            return ex * (delta * delta - phi2 - v - ex) / (2 * d * d) - (x - a) / (tau * tau);
        };
        double upper = a;
        double lower;
        if (delta * delta > phi2 + v) {
            lower = Math.log(delta * delta - phi2 - v);
        } else {
            int k = 1;
            while (f.applyAsDouble(a - k * tau) < 0) {
                k++;
            }
            lower = a - k * tau;
        }
        double fUpper = f.applyAsDouble(upper);
        double fLower = f.applyAsDouble(lower);
        while (Math.abs(lower - upper) > CONVERGENCE) {
            double c = upper + (upper - lower) * fUpper / (fLower - fUpper);
            double fC = f.applyAsDouble(c);
            if (fC * fLower <= 0) {
                upper = lower;
                fUpper = fLower;
            } else {
                fUpper = fUpper / 2;
            }
            lower = c;
            fLower = fC;
        }
        return Math.exp(upper / 2);
    }
}
