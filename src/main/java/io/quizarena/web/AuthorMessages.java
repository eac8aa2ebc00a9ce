package io.quizarena.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the authoring pages (question editor, import), in English here and in Simplified Chinese in
 * {@code messages/author_zh.properties}; templates use {@code {author:key}}. A bundle of its own, so the authoring pages
 * never conflict with the texts of the other pages in {@link AppMessages}.
 */
@MessageBundle(value = "author", locale = "en")
public interface AuthorMessages {

    @Message("Choice %1, English")
    String choice_en();

    @Message("Choice %1, Chinese")
    String choice_zh();

    @Message("Correct")
    String correct();

    @Message("Easy")
    String difficulty_1();

    @Message("Medium")
    String difficulty_2();

    @Message("Hard")
    String difficulty_3();

    @Message("Please fix the fields marked below.")
    String err_fix_below();

    @Message("Mark the correct choice.")
    String err_need_correct();

    @Message("Enter a number.")
    String err_need_number();

    @Message("Write it in at least one language.")
    String err_one_language();

    @Message("Use 5 to 240 seconds.")
    String err_time_range();

    @Message("Choose a file first.")
    String import_choose_file();

    @Message("Column")
    String import_column();

    @Message("%1 questions imported (%2 new, %3 updated), %4 quizzes.")
    String import_count();

    @Message("Imported")
    String import_done();

    @Message("Templates and exports")
    String import_downloads();

    @Message("Export my questions as CSV")
    String import_export_csv();

    @Message("Export my questions and quizzes as JSON")
    String import_export_json();

    @Message("Nothing was imported")
    String import_failed();

    @Message("File (.json, .csv or .xlsx)")
    String import_file();

    @Message(
            "The CSV has one question per row with both languages side by side; the row numbers count the header as row 1, like a spreadsheet.")
    String import_format_hint();

    @Message(
            "A JSON or CSV file in the bank format, or a Kahoot spreadsheet (.xlsx). Nothing is imported if any row is wrong.")
    String import_hint();

    @Message("Kahoot spreadsheet")
    String import_kahoot();

    @Message("Import a file")
    String import_link();

    @Message("Make a quiz of these questions")
    String import_make_quiz();

    @Message("Import as copies (new ids, nothing of mine is replaced)")
    String import_new_ids();

    @Message("Problem")
    String import_problem();

    @Message("Language of the spreadsheet")
    String import_quiz_lang();

    @Message("Open quiz %1")
    String import_quiz_link();

    @Message("Title of the new quiz")
    String import_quiz_title();

    @Message("Row")
    String import_row();

    @Message("Importing…")
    String import_sending();

    @Message("Import")
    String import_submit();

    @Message("Example CSV file (official MoE questions)")
    String import_template_csv();

    @Message("Example JSON file (official MoE questions)")
    String import_template_json();

    @Message("Import questions")
    String import_title();

    @Message("whole file")
    String import_whole_file();

    @Message("Only .json, .csv and .xlsx files can be imported.")
    String import_wrong_kind();

    @Message("Item %1, English")
    String item_en();

    @Message("Item %1, Chinese")
    String item_zh();

    @Message("Live preview")
    String preview();

    @Message("Big screen")
    String preview_big();

    @Message("Preview in")
    String preview_lang();

    @Message("Player's phone")
    String preview_phone();

    @Message("Submit")
    String preview_submit();

    @Message("Type your answer")
    String preview_type_here();

    @Message("One accepted answer a line; case and spaces are ignored.")
    String q_accepted_hint();

    @Message("Add a choice")
    String q_add_choice();

    @Message("Add an item")
    String q_add_item();

    @Message("Correct answer")
    String q_answer();

    @Message("Back to the quiz without saving")
    String q_back_to_quiz();

    @Message("Question")
    String q_basics();

    @Message("Choices")
    String q_choices();

    @Message("Two to six choices; mark every correct one (at least one right and one wrong).")
    String q_choices_multi_hint();

    @Message("Two to six choices; mark the one correct choice.")
    String q_choices_single_hint();

    @Message("Difficulty")
    String q_difficulty();

    @Message("Edit question")
    String q_edit();

    @Message("Items in the correct order")
    String q_items();

    @Message("Three to eight items, first to last; players see them shuffled.")
    String q_items_hint();

    @Message("Write each text in Chinese, English or both: one language is enough. Players see what exists.")
    String q_lang_hint();

    @Message("Slider maximum")
    String q_max();

    @Message("Slider minimum")
    String q_min();

    @Message("Write a question")
    String q_new();

    @Message("Number answer")
    String q_numeric();

    @Message("Math between $ signs ($E=mc^2$), inline code in `backticks`, code blocks between ``` lines.")
    String q_rich_hint();

    @Message("Save and add to the quiz")
    String q_save_add();

    @Message("Slider step")
    String q_step();

    @Message("Question text")
    String q_text();

    @Message("Time limit (5 to 240 s)")
    String q_time_limit();

    @Message("Tolerance (±)")
    String q_tolerance();

    @Message("The statement is")
    String q_true_false();

    @Message("Type")
    String q_type();

    @Message("Unit")
    String q_unit();

    @Message("Give the quiz a title in at least one language.")
    String quiz_one_language();

    @Message("Multiple choice")
    String type_multi();

    @Message("Number")
    String type_numeric();

    @Message("Ordering")
    String type_ordering();

    @Message("Single choice")
    String type_single();

    @Message("True or false")
    String type_true_false();

    @Message("Typed answer")
    String type_typed();

    @Message("Write a question")
    String write_question();
}
