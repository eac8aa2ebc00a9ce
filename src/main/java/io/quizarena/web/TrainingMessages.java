package io.quizarena.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the mastery page (docs/adr/0024), in English here and in Simplified Chinese in
 * {@code messages/train_zh.properties}. Templates use {@code {train:key}}; texts the script needs go over as data
 * attributes. A bundle of its own, so training pages never conflict with {@link AppMessages}.
 */
@MessageBundle(value = "train", locale = "en")
public interface TrainingMessages {

    @Message("Your mastery")
    String mastery_title();

    @Message("How you are doing in each topic, weakest first. Every answer counts: live games, battles, assignments,"
            + " practice and review.")
    String mastery_lead();

    @Message("You are not signed in: this shows the answers given in this browser.")
    String mastery_guest();

    @Message("Loading your answers…")
    String mastery_loading();

    @Message("Your mastery could not be loaded: %1")
    String mastery_failed();

    @Message("Nothing practised yet")
    String mastery_empty_title();

    @Message("Answer a few questions and every topic shows here how you are doing. A practice round has ten questions"
            + " and explains each answer.")
    String mastery_empty();

    @Message("Practise mixed topics")
    String mastery_practise_mixed();

    @Message("%1 correct")
    String mastery_share();

    @Message("%1 of %2 right")
    String mastery_counts();

    @Message("Last 6 weeks")
    String mastery_trend();

    @Message("Share correct per week, oldest first: %1")
    String mastery_trend_label();

    @Message("week of %1: %2")
    String mastery_week();

    @Message("no answers")
    String mastery_week_none();

    @Message("Last practised %1")
    String mastery_last();

    @Message("1 review due")
    String mastery_due_one();

    @Message("%1 reviews due")
    String mastery_due();

    @Message("No reviews due")
    String mastery_due_none();

    @Message("Review now")
    String mastery_review();

    @Message("%1 questions you missed wait for review.")
    String mastery_due_total();

    @Message("Review my mistakes")
    String mastery_review_all();

    @Message("Practise this topic")
    String mastery_practise();

    @Message("Not practised yet")
    String mastery_unpractised();

    @Message("Pick one to start a practice round.")
    String mastery_unpractised_hint();
}
