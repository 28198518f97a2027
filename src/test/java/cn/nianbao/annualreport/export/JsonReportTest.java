package cn.nianbao.annualreport.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import cn.nianbao.annualreport.Answered;
import cn.nianbao.annualreport.extract.JsonReport;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.Location;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON given to convert is read back exactly, or refused at once with a Chinese reason. */
@Tag("hostile")
class JsonReportTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();
    private static final Path REAL = Path.of("src/test/resources/cn/nianbao/annualreport/export",
            "JsonReportFuzzTestInputs/anyJsonIsReadOrRefusedInChinese/real-seed-001.json");

    @TempDir
    Path dir;

    private String refused(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("x.json"), json, StandardCharsets.UTF_8);
        return Answered.within5Seconds(() -> assertThrows(IOException.class, () -> JsonReport.readAll(file, FORMS))
                .getMessage());
    }

    @Test
    void readsARealConvertedReportBack() throws IOException {
        JsonReport report = JsonReport.readAll(REAL, FORMS).get(0);
        assertEquals("2021", report.report().form().edition());
    }

    @Test
    void refusesAFigureNoTableCanHoldBeforeAnyArithmetic() throws IOException {
        String real = Files.readString(REAL);
        String huge = real.replaceFirst("(\"active\\.rules\\.issued\"\\s*:\\s*)0", "$11E10000000");
        assertEquals("cells.active.rules.issued 的数值位数过多或指数过大，不是表中可能的数字", refused(huge));
        String digits = real.replaceFirst("(\"active\\.rules\\.issued\"\\s*:\\s*)0", "$11" + "0".repeat(900_000));
        assertEquals("不是可读的报告 JSON：有长得不可能的数字或文字（超过读取上限）", refused(digits));
    }

    @Test
    void refusesBrokenJsonWithoutTheParsersEnglish() throws IOException {
        assertEquals("不是有效的 JSON（第 1 行第 10 列有误）", refused("{\"file\": ]"));
    }

    @Test
    void keepsWhatReadingTheSourceFoundAndRefusesAFindingWithoutItsRule() throws IOException {
        String real = Files.readString(REAL);
        String withReading = real.replaceFirst("\"findings\"\\s*:\\s*\\[\\s*]",
                "\"findings\": [{\"rule\": \"row-in-doubt\", \"severity\": \"warning\", \"where\": \"第 68 行\", "
                + "\"from\": \"reading\", \"args\": {\"row\": \"一、本年新收\"}}]");
        Path file = Files.writeString(dir.resolve("reading.json"), withReading, StandardCharsets.UTF_8);
        var kept = JsonReport.readAll(file, FORMS).get(0).report().findings();
        assertEquals(1, kept.size(), kept.toString());
        assertEquals(Optional.of(new Location.Line(68)), kept.get(0).where());
        assertEquals("一、本年新收", kept.get(0).args().get("row"));
        String noRule = withReading.replace("\"rule\": \"row-in-doubt\", ", "");
        assertEquals("findings 中有缺少 rule 或 severity 的发现：", refused(noRule).replaceFirst("：.*", "："));
        String unknownCell = real.replaceFirst("\"edition\" : \"2021\",", "\"edition\" : \"2021\", \"source\": "
                + "\"workbook\", \"formats\": {\"requests.nothing.here\": \"placeholder\"},");
        assertEquals(true, refused(unknownCell).contains("没有单元格 requests.nothing.here"));
    }
}
