package io.quizarena.training.report;

import io.quizarena.bank.Language;
import java.util.List;

/**
 * The column headers and words of the report's files (CSV and xlsx), in English and Simplified Chinese. Kept here,
 * beside the files, rather than in a page bundle: the files are written without a request or a template.
 */
enum ReportColumns {
    TITLE("Title", "标题"),
    KIND("Kind", "类型"),
    STARTED_AT("Started at", "开始时间"),
    QUESTION_COUNT("Questions", "题目数"),
    PLAYER_COUNT("Players", "人数"),
    ANSWER_COUNT("Answers", "作答数"),
    NUMBER("Question", "题号"),
    QUESTION_ID("Question id", "题目编号"),
    TOPIC("Topic", "主题"),
    TYPE("Type", "题型"),
    TEXT("Text", "题目"),
    ANSWERED("Answered", "作答人数"),
    CORRECT("Correct", "答对"),
    PERCENT_CORRECT("% correct", "正确率 %"),
    MEAN_CREDIT("Mean credit", "平均得分率"),
    MEAN_SECONDS("Mean time (s)", "平均用时（秒）"),
    CHOICE("Choice", "选项"),
    CHOICE_TEXT("Choice text", "选项内容"),
    IS_CORRECT("Correct choice", "是否正确选项"),
    PICKS("Picks", "选择人数"),
    PERCENT_PICKS("% of answers", "占作答 %"),
    TOPIC_NAME("Topic name", "主题名称"),
    WEAKNESS("Weakness %", "薄弱度 %"),
    NICKNAME("Nickname", "昵称"),
    TEAM("Team", "队伍"),
    SCORE("Score", "得分"),
    QUESTIONS_ANSWERED("Questions answered", "已答题数"),
    PROGRESS("Progress %", "进度 %"),
    TIME_SPENT("Time spent (s)", "用时（秒）"),
    ATTEMPTS("Attempts", "尝试次数"),
    FINISHED("Finished", "已完成"),
    YES("yes", "是"),
    NO("no", "否"),
    ASSIGNMENT("assignment", "作业"),
    GAME("live game", "现场游戏");

    static final List<ReportColumns> QUESTIONS = List.of(
            NUMBER, QUESTION_ID, TOPIC, TYPE, TEXT, ANSWERED, CORRECT, PERCENT_CORRECT, MEAN_CREDIT, MEAN_SECONDS);
    static final List<ReportColumns> CHOICES = List.of(NUMBER, CHOICE, CHOICE_TEXT, IS_CORRECT, PICKS, PERCENT_PICKS);
    static final List<ReportColumns> TOPICS =
            List.of(TOPIC, TOPIC_NAME, QUESTION_COUNT, ANSWERED, CORRECT, PERCENT_CORRECT, WEAKNESS);
    static final List<ReportColumns> PLAYERS = List.of(
            NICKNAME,
            TEAM,
            SCORE,
            QUESTIONS_ANSWERED,
            QUESTION_COUNT,
            PROGRESS,
            CORRECT,
            PERCENT_CORRECT,
            TIME_SPENT,
            ATTEMPTS,
            FINISHED);

    private final String en;
    private final String zh;

    ReportColumns(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    String in(Language lang) {
        return lang == Language.ZH ? zh : en;
    }

    static List<String> headers(List<ReportColumns> columns, Language lang) {
        return columns.stream().map(c -> c.in(lang)).toList();
    }

    static String yesNo(boolean value, Language lang) {
        return (value ? YES : NO).in(lang);
    }

    static String kind(String kind, Language lang) {
        return ("game".equals(kind) ? GAME : ASSIGNMENT).in(lang);
    }
}
