package io.quizarena.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the trainer's assignment pages, in English here and in Simplified Chinese in
 * {@code messages/assign_zh.properties}; templates use {@code {assign:key}}, scripts get them through the page's
 * {@code #i18n} element (%1 is filled in there). A bundle of its own, so these pages never conflict with the texts of
 * the other pages in {@link AppMessages}.
 */
@MessageBundle(value = "assign", locale = "en")
public interface AssignmentMessages {

    @Message("All assignments")
    String all_assignments();

    @Message("Attempts allowed")
    String attempts();

    @Message("Attempts allowed: %1")
    String attempts_count();

    @Message("Attempts allowed (1 to 10)")
    String attempts_field();

    @Message("Closed")
    String closed();

    @Message("Link copied.")
    String copied();

    @Message("Copy link")
    String copy();

    @Message("Select the link and copy it yourself.")
    String copy_failed();

    @Message("Set the assignment")
    String create();

    @Message("New assignment")
    String create_heading();

    @Message("Deadline")
    String deadline();

    @Message("Deadline %1")
    String deadline_at();

    @Message("Deadline (your local time)")
    String deadline_field();

    @Message("Explanations")
    String explanations();

    @Message("Show the explanation after each answer")
    String explanations_field();

    @Message("Hidden")
    String explanations_hidden();

    @Message("After each answer")
    String explanations_shown();

    @Message("Please fix the fields marked below.")
    String fix_below();

    @Message("Give your team a quiz to play on their own before a deadline; the report shows how each member did.")
    String intro();

    @Message("Link for your team")
    String link();

    @Message("The assignments could not be loaded: %1")
    String list_failed();

    @Message("Your assignments")
    String list_heading();

    @Message("Loading…")
    String loading();

    @Message("No assignments yet. Set the first one below.")
    String none();

    @Message("There is no such assignment.")
    String not_found();

    @Message("Open")
    String open();

    @Message("Question order")
    String order();

    @Message("As in the quiz")
    String order_quiz();

    @Message("Shuffled for each learner")
    String order_shuffled();

    @Message("QR code of the assignment's link")
    String qr_alt();

    @Message("%1 questions")
    String question_count();

    @Message("Questions")
    String questions();

    @Message("Quiz")
    String quiz();

    @Message("Report")
    String report();

    @Message("Report on %1")
    String report_for();

    @Message("Scan to start")
    String scan();

    @Message("Scoring")
    String scoring();

    @Message("Accuracy")
    String scoring_accuracy();

    @Message("Accuracy and speed")
    String scoring_speed();

    @Message("Saving…")
    String sending();

    @Message("Settings")
    String settings();

    @Message("Share")
    String share();

    @Message("Share %1")
    String share_for();

    @Message("Share the assignment")
    String share_title();

    @Message("Shuffle the questions for each learner")
    String shuffle_field();

    @Message("Speed scoring: faster right answers earn more (off: accuracy only)")
    String speed_field();

    @Message("Status")
    String status();

    @Message("Team report")
    String team_report();

    @Message("Time limit")
    String time_limit();

    @Message("Time limit per question in seconds (5 to 600; empty for none)")
    String time_limit_field();

    @Message("None")
    String time_limit_none();

    @Message("%1 s per question")
    String time_limit_seconds();

    @Message("Assignments")
    String title();

    @Message("Something went wrong: %1")
    String unknown_error();
}
