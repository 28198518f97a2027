package cn.nianbao.annualreport.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.annualreport.form.FormDefinitions;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blank templates committed under {@code workbook-templates/xlsx/} are what {@code nianbao template} writes
 * today. When the definitions change, regenerate them with
 * {@code ./nianbao template --edition 2021 -o workbook-templates/xlsx/annual-report-2021.xlsx --force}.
 */
class CommittedTemplatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void committedBlankTemplateIsWhatTheWriterWritesToday(String edition) throws Exception {
        Path committed = Path.of("workbook-templates", "xlsx", "annual-report-" + edition + ".xlsx");
        try (InputStream in = Files.newInputStream(committed);
                XSSFWorkbook saved = new XSSFWorkbook(in);
                XSSFWorkbook fresh = new WorkbookWriter(FormDefinitions.load().edition(edition).orElseThrow())
                        .build(TemplateOptions.BLANK)) {
            assertEquals(String.join("\n", WorkbookFingerprint.of(fresh)),
                    String.join("\n", WorkbookFingerprint.of(saved)),
                    "regenerate " + committed + " with ./nianbao template --edition " + edition + " -o … --force");
        }
    }
}
