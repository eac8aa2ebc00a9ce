package io.quizarena.training.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizarena.bank.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The report's CSV and xlsx: same numbers as the report, headers in the reader's language, no formula runs. */
class ReportFilesTest {

    final TrainingReport report = TrainingReport.of(ReportSamples.input("assignment", "a1"));

    @Test
    void theWorkbookHasFourSheetsWithTheReportsCells() throws IOException {
        try (ReadableWorkbook book =
                new ReadableWorkbook(new ByteArrayInputStream(ReportXlsx.of(report, Language.EN)))) {
            assertThat(book.getSheets().map(Sheet::getName))
                    .containsExactly("Questions", "Choices", "Topics", "Players");
            List<Row> questions = rows(book, "Questions");
            assertThat(texts(questions.get(0)))
                    .startsWith("Question", "Question id", "Topic", "Type", "Text", "Answered", "Correct", "% correct");
            assertThat(questions).hasSize(6);
            Row q2 = questions.get(2);
            assertThat(q2.getCell(0).asString()).isEqualTo("Q2");
            assertThat(q2.getCell(7).getType()).isEqualTo(CellType.NUMBER);
            assertThat(q2.getCell(7).asNumber()).isEqualByComparingTo(new BigDecimal("33"));
            assertThat(q2.getCell(8).asNumber()).isEqualByComparingTo(new BigDecimal("0.5"));
            assertThat(questions.get(5).getOptionalCell(7))
                    .as("nobody answered Q5: no value")
                    .matches(c -> c.isEmpty() || empty(c.get()));

            List<Row> choices = rows(book, "Choices");
            assertThat(choices).hasSize(1 + 4 + 3 + 2);
            assertThat(texts(choices.get(2))).containsExactly("Q1", "B", "All of them", "no", "1", "33");

            List<Row> topics = rows(book, "Topics");
            assertThat(topics.subList(1, 4))
                    .extracting(r -> r.getCell(0).asString())
                    .containsExactly("rag", "moe", "alignment");
            assertThat(topics.get(1).getCell(6).asNumber()).isEqualByComparingTo(new BigDecimal("60"));

            List<Row> players = rows(book, "Players");
            assertThat(players).hasSize(5);
            // a nickname that looks like a formula stays a text cell
            Cell formula = players.get(2).getCell(0);
            assertThat(formula.getType()).isEqualTo(CellType.STRING);
            assertThat(formula.asString()).isEqualTo("=1+2");
            assertThat(texts(players.get(4))).startsWith("Dee", "", "0", "0", "5", "0", "0");
        }
    }

    @Test
    void theWorkbookSpeaksChineseWhenAskedTo() throws IOException {
        try (ReadableWorkbook book =
                new ReadableWorkbook(new ByteArrayInputStream(ReportXlsx.of(report, Language.ZH)))) {
            assertThat(texts(rows(book, "Players").get(0))).startsWith("昵称", "队伍", "得分");
            assertThat(rows(book, "Choices").get(1).getCell(3).asString()).isEqualTo("是");
            assertThat(rows(book, "Topics").get(1).getCell(1).asString()).isEqualTo("检索增强生成 RAG");
        }
    }

    @Test
    void theCsvHasEveryBlockAndGuardsAgainstFormulas() {
        String csv = ReportCsv.of(report, Language.EN);
        assertThat(csv).startsWith("\uFEFF").contains("\r\n").doesNotContain(",=1+2");
        List<List<String>> blocks = blocks(csv.substring(1));
        assertThat(blocks).hasSize(5);
        assertThat(blocks.get(0)).contains("Title,MoE weekly drill", "Kind,assignment", "% correct,45");
        assertThat(blocks.get(1).get(0)).startsWith("Question,Question id,Topic,Type,Text,Answered");
        assertThat(blocks.get(1).get(4))
                .isEqualTo("Q4,rag-002,rag,true_false,\"Is 1 < 2 & \"\"true\"\"?\",3,1,33,0.33,1.8");
        assertThat(blocks.get(1).get(5)).isEqualTo("Q5,alignment-001,alignment,typed,DPO stands for?,0,0,,,");
        assertThat(blocks.get(2)).contains("Q2,A,An auxiliary loss,yes,3,100");
        assertThat(blocks.get(3).get(1)).isEqualTo("rag,Retrieval-augmented generation,2,5,2,40,60");
        assertThat(blocks.get(4))
                .containsExactly(
                        "Nickname,Team,Score,Questions answered,Questions,Progress %,Correct,% correct,Time spent (s),Attempts,Finished",
                        "Ada,Red,4000,4,5,80,4,100,10.0,1,no",
                        "'=1+2,,1000,3,5,60,1,33,7.5,1,no",
                        "Bo,,500,4,5,80,0,0,9.0,2,yes",
                        "Dee,,0,0,5,0,0,,0.0,1,no");
    }

    @Test
    void theCsvHeadersFollowTheLanguage() {
        String csv = ReportCsv.of(report, Language.ZH);
        assertThat(blocks(csv.substring(1)).get(4).get(0)).startsWith("昵称,队伍,得分,已答题数");
        assertThat(csv).contains("标题,混合专家周练");
    }

    private static List<List<String>> blocks(String csv) {
        List<List<String>> blocks = new ArrayList<>();
        for (String block : csv.split("\r\n\r\n")) {
            blocks.add(List.of(block.strip().split("\r\n")));
        }
        return blocks;
    }

    private static List<Row> rows(ReadableWorkbook book, String sheet) throws IOException {
        return book.findSheet(sheet).orElseThrow().read();
    }

    private static List<String> texts(Row row) {
        return row.stream()
                .map(c -> c == null || c.getType() == CellType.EMPTY ? "" : c.getText())
                .collect(Collectors.toList());
    }

    private static boolean empty(Cell cell) {
        return cell == null || cell.getType() == CellType.EMPTY;
    }
}
