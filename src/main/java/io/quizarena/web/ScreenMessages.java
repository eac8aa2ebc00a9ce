package io.quizarena.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the host's open rooms, the big screen on another device and the phone remote (docs/adr/0019), in
 * English here and in Simplified Chinese in {@code messages/screen_zh.properties}. Templates use {@code {screen:key}};
 * texts the scripts need go over as data attributes.
 */
@MessageBundle(value = "screen", locale = "en")
public interface ScreenMessages {

    @Message("Your open rooms")
    String open_rooms();

    @Message("No open rooms. A room you open is listed here on every device you sign in on, to show its big screen"
            + " or to control it from your phone.")
    String open_rooms_none();

    @Message("Big screen")
    String big_screen();

    @Message("Phone controls")
    String remote();

    @Message("Phone controls for room")
    String remote_title();

    @Message("Waiting for players")
    String state_lobby();

    @Message("Get ready")
    String state_get_ready();

    @Message("Question open")
    String state_question_open();

    @Message("Answers shown")
    String state_reveal();

    @Message("Standings")
    String state_standings();

    @Message("Podium")
    String state_podium();

    @Message("Closing")
    String state_closed();

    @Message("{count} players")
    String player_count(int count);

    @Message("This room was opened by another account. Sign in as the host who opened it.")
    String not_owner();

    @Message("The room could not be reached; try again.")
    String pass_failed();

    @Message("Big screen connected")
    String screen_on();

    @Message("Big screen not connected")
    String screen_off();

    @Message("Phone controls connected")
    String remote_on();
}
