package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.form.FormDefinitions;
import org.junit.jupiter.api.Test;

/** The table reading the text is given: its grid where it has one, one cell per line where that finds more. */
class TextReportReaderTablesTest {

    @Test
    void readsTablesPrintedOneCellPerLineOnAPageThatAlsoHasAGrid() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.seed("001"), StandardCharsets.UTF_8));
        lines.add(2, "联系电话\t023-52222222\t地址\t开州区汉丰街道");
        TextReportReader reader = TextReportReader.withInstalledLabels(FormDefinitions.load());
        assertEquals(RenderedSeed.expected(), Expectation.cellsOf(reader.read(lines)));
    }
}
