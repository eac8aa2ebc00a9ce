package io.quizarena.training.report;

import io.quizarena.bank.Language;
import io.quizarena.bank.LocalizedText;
import io.quizarena.training.report.TrainingReport.ChoiceRow;
import io.quizarena.training.report.TrainingReport.QuestionRow;
import io.quizarena.training.report.TrainingReport.TopicRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A report's charts as inline SVG, drawn on the server (docs/adr/0025): no script, so they show at once, print, and
 * pass the pages' Content-Security-Policy. Each chart is one {@code role="img"} with a {@code <title>} and a
 * {@code <desc>} listing every value, so a screen reader hears the numbers; on screen every bar carries its label and
 * its number as text, and right or wrong is a mark (✓ ✗), not a colour alone. The {@code viewBox} makes a chart as
 * wide as its box, from a phone to a projector. Every text is escaped here.
 */
public final class ReportCharts {

    static final int WIDTH = 640;
    static final int ROW = 64;
    static final int BAR_X = 8;
    static final int BAR_WIDTH = 470;
    static final int BAR_HEIGHT = 24;
    /** What a label may take, in half-em units: a CJK character counts two. */
    static final int LABEL_UNITS = 44;

    /** The words a chart needs, in the page's language. */
    public record ChartTexts(String title, String summary) {}

    private ReportCharts() {}

    /** One bar per question: its share correct, labelled "Q1 · text" and "73%" ("—" when nobody answered). */
    public static String shareCorrect(TrainingReport report, Language lang, ChartTexts texts) {
        List<Bar> bars = new ArrayList<>();
        for (QuestionRow q : report.questions()) {
            bars.add(new Bar(
                    "Q" + q.number() + " · " + plain(q.text(), lang),
                    q.shareCorrect(),
                    percentText(q.shareCorrect()),
                    "good"));
        }
        return chart("share", bars, texts);
    }

    /** One bar per topic: its weakness across the team (1 − share correct), weakest first. */
    public static String weakness(TrainingReport report, Language lang, ChartTexts texts) {
        List<Bar> bars = new ArrayList<>();
        for (TopicRow t : report.topics()) {
            bars.add(new Bar(t.name().in(lang), t.weakness(), percentText(t.weakness()), "weak"));
        }
        return chart("weakness", bars, texts);
    }

    /**
     * A choice question's picks: one segment row per choice, the correct ones marked ✓, the distractors ✗, each with
     * its count and its share of the question's answers.
     */
    public static String picks(QuestionRow question, Language lang, ChartTexts texts) {
        List<Bar> bars = new ArrayList<>();
        for (ChoiceRow c : question.choices()) {
            bars.add(new Bar(
                    (c.correct() ? "✓ " : "✗ ") + c.label() + " · " + plain(c.text(), lang),
                    c.share(),
                    c.picks() + " · " + percentText(c.share()),
                    c.correct() ? "good" : "wrong"));
        }
        return chart("picks", bars, texts);
    }

    private record Bar(String label, Double share, String value, String tone) {}

    private static String chart(String kind, List<Bar> bars, ChartTexts texts) {
        int height = Math.max(1, bars.size()) * ROW + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart chart-")
                .append(kind)
                .append("\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" preserveAspectRatio=\"xMinYMin meet\" data-test=\"chart-")
                .append(kind)
                .append("\"><title>")
                .append(escape(texts.title()))
                .append("</title><desc>")
                .append(escape(description(bars, texts.summary())))
                .append("</desc>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW + 8;
            double share = bar.share() == null ? 0 : Math.max(0, Math.min(1, bar.share()));
            svg.append("<g class=\"bar ")
                    .append(bar.tone())
                    .append("\"><text class=\"label\" x=\"")
                    .append(BAR_X)
                    .append("\" y=\"")
                    .append(y + 20)
                    .append("\">")
                    .append(escape(clip(bar.label())))
                    .append("</text><rect class=\"track\" x=\"")
                    .append(BAR_X)
                    .append("\" y=\"")
                    .append(y + 30)
                    .append("\" width=\"")
                    .append(BAR_WIDTH)
                    .append("\" height=\"")
                    .append(BAR_HEIGHT)
                    .append("\" rx=\"4\"/><rect class=\"fill\" x=\"")
                    .append(BAR_X)
                    .append("\" y=\"")
                    .append(y + 30)
                    .append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", share * BAR_WIDTH))
                    .append("\" height=\"")
                    .append(BAR_HEIGHT)
                    .append("\" rx=\"4\"/><text class=\"value\" x=\"")
                    .append(WIDTH - 4)
                    .append("\" y=\"")
                    .append(y + 50)
                    .append("\" text-anchor=\"end\">")
                    .append(escape(bar.value()))
                    .append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** "Share correct: Q1 · text 73%; Q2 · text 40%" for the screen reader, with the labels uncut. */
    private static String description(List<Bar> bars, String summary) {
        List<String> parts = new ArrayList<>();
        for (Bar bar : bars) {
            parts.add(bar.label() + " " + bar.value());
        }
        return summary + ": " + String.join("; ", parts);
    }

    static String percentText(Double share) {
        Integer percent = TrainingReport.percent(share);
        return percent == null ? "—" : percent + "%";
    }

    /** A text for one line: code blocks dropped, markup marks and whitespace collapsed. */
    static String plain(LocalizedText text, Language lang) {
        String s = text == null ? null : text.in(lang);
        if (s == null) {
            return "";
        }
        int fence = s.indexOf("```");
        if (fence >= 0) {
            s = s.substring(0, fence) + " …";
        }
        return s.replaceAll("[`*_$]", "").replaceAll("\\s+", " ").strip();
    }

    /** Cuts a label to what fits beside the bars' width; wide (CJK) characters count double. */
    static String clip(String label) {
        int units = 0;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            units += wide(cp) ? 2 : 1;
            if (units > LABEL_UNITS) {
                return out.toString().strip() + "…";
            }
            out.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean wide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x30FF)
                || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** XML escaping for text and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append(' '); // not allowed in XML 1.0
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
