package io.quizarena.results;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the results page and the leaderboard index, in English here and in Simplified Chinese in
 * {@code messages/res_zh.properties}. Templates use {@code {res:key}}; a bundle of its own keeps these pages' texts
 * out of the shared one.
 */
@MessageBundle(value = "res", locale = "en")
public interface ResultTexts {

    /** A saved game's status code (finished, ended_early, abandoned) as people say it. */
    @Message("{#when status}{#is 'finished'}Finished{#is 'ended_early'}Ended early{#is 'abandoned'}Abandoned"
            + "{#else}{status}{/when}")
    String status(String status);

    @Message("{#when count}{#is 1}1 question{#else}{count} questions{/when}")
    String questions(int count);

    @Message("{#when count}{#is 1}1 player{#else}{count} players{/when}")
    String players(int count);

    @Message("{#if minutes > 0}{minutes} min {/if}{seconds} s")
    String duration(long minutes, long seconds);

    @Message("Played {start}")
    String played(String start);

    @Message("Questions")
    String questions_heading();

    @Message("Players")
    String players_heading();

    @Message("Question")
    String question();

    @Message("Correct")
    String share_correct();

    @Message("{percent}% correct")
    String percent_correct(int percent);

    @Message("Average time")
    String average_time();

    @Message("{seconds} s on average")
    String average_seconds(String seconds);

    @Message("{answered} of {players} answered")
    String answered_of(int answered, int players);

    @Message("Nobody played this game.")
    String no_players();

    @Message("Top three of {board}")
    String top_of(String board);

    @Message("Main boards")
    String main_boards();

    @Message("No scores yet")
    String no_scores();

    @Message("Open the board")
    String open_board();

    @Message("{#when count}{#is 1}1 on this board{#else}{count} on this board{/when}")
    String entrants(long count);

    @Message("Same name as another player: told apart by this mark")
    String tag_hint();
}
