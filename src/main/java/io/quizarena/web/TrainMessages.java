package io.quizarena.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the self-paced player's pages (an assignment, practice, the mistakes review, a game's review), in English
 * here and in Simplified Chinese in {@code messages/trainp_zh.properties}; templates use {@code {trainp:key}}. Most go
 * to the script as data attributes, where %1, %2 are filled in (common.js).
 */
@MessageBundle(value = "trainp", locale = "en")
public interface TrainMessages {

    @Message("Assignment")
    String title_assignment();

    @Message("Practice")
    String title_practice();

    @Message("Review my mistakes")
    String title_review();

    @Message("My answers in this game")
    String title_game_review();

    @Message("Loading…")
    String loading();

    @Message("Deadline: %1")
    String deadline();

    @Message("Attempts allowed: %1")
    String attempts_allowed();

    @Message("Attempt %1 of %2")
    String attempt_number();

    @Message("%1 questions")
    String question_count();

    @Message("%1 seconds per question")
    String time_limit();

    @Message("No time limit")
    String no_time_limit();

    @Message("This assignment is closed: its deadline has passed.")
    String closed();

    @Message("Your trainer sees this name in the report.")
    String nickname_hint();

    @Message("A nickname has 1 to 40 characters.")
    String nickname_invalid();

    @Message("Start")
    String start();

    @Message("Continue")
    String continue_attempt();

    @Message("Practise on your own")
    String practice_heading();

    @Message(
            "Ten questions from the bank, with the explanation after each answer. No timer, and nothing counts on the leaderboards.")
    String practice_lead();

    @Message("Topic")
    String topic();

    @Message("Mixed: all topics")
    String topic_mixed();

    @Message("Questions you missed come back here, spaced out so that they stick.")
    String review_lead();

    @Message("%1 due now")
    String review_due();

    @Message("%1 in your queue")
    String review_total();

    @Message("Review my mistakes")
    String review_start();

    @Message("Nothing is due right now.")
    String review_none();

    @Message("Next review: %1")
    String review_next();

    @Message("Your queue is empty. Every question you miss in a game, a battle, an assignment or practice lands here.")
    String review_empty();

    @Message("Next question")
    String next_question();

    @Message("See my result")
    String see_result();

    @Message("Time was up: this counts as a miss.")
    String timed_out();

    @Message("Your answer was already saved.")
    String already_saved();

    @Message("Finished")
    String done_heading();

    @Message("Score: %1")
    String done_score();

    @Message("%1 of %2 correct")
    String done_correct();

    @Message("Review my answers")
    String review_my_answers();

    @Message("My mastery")
    String to_mastery();

    @Message("Practise again")
    String practice_again();

    @Message("Questions I missed")
    String missed_heading();

    @Message("All questions")
    String all_heading();

    @Message("You missed nothing. Well done!")
    String missed_none();

    @Message("Show all questions (%1)")
    String show_all();

    @Message("Show only what I missed")
    String show_missed();

    @Message("Question %1")
    String question_number();

    @Message("Try again")
    String retry();

    @Message("Connection lost. Trying again…")
    String reconnecting();

    @Message("This assignment is closed: its deadline has passed.")
    String err_assignment_closed();

    @Message("You have used all your attempts at this assignment.")
    String err_no_attempts_left();

    @Message("This attempt is finished.")
    String err_attempt_finished();

    @Message("Finish the attempt first to review it.")
    String err_attempt_open();

    @Message("There is no such assignment. Check the link you were given.")
    String err_unknown_assignment();

    @Message("This attempt no longer exists. Start again.")
    String err_unknown_attempt();

    @Message("This attempt belongs to someone else.")
    String err_not_your_attempt();

    @Message("Nothing is due for review right now.")
    String err_nothing_due();

    @Message("There is no such topic.")
    String err_unknown_topic();

    @Message("Please check what you entered.")
    String err_invalid_input();

    @Message("That answer could not be read; try again.")
    String err_invalid_answer();

    @Message("That choice is not part of this question; try again.")
    String err_unknown_choice();

    @Message("That answer is too long.")
    String err_answer_too_long();

    @Message("There are no saved answers of yours in this game. Did you play it on this device, or signed in?")
    String err_unknown_game();

    @Message("Something went wrong (%1). Try again.")
    String err_generic();
}
