package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.FormDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Label variants are data read at run time: the installed file and a user's own file both change what is read. */
class LabelVariantsTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();
    private static final CellCode DENIED_LAW = CellCode.parse("requests.denied_law.total");

    @TempDir
    Path dir;

    @Test
    void theInstalledVariantsReadTheMisprintedRowOfARealReport() throws Exception {
        ReportText pdf = PdfReport.read(Fixtures.realReport("hongze-district-2023"));
        ExtractedReport without = new TextReportReader(FORMS, LabelVariants.NONE).read(pdf);
        assertFalse(without.cells().containsKey(DENIED_LAW), "其他法律行政止公开 is not the official label");
        assertTrue(without.findings().stream().anyMatch(f -> f.ruleId().equals("row-missing")));
        ExtractedReport with = new TextReportReader(FORMS, LabelVariants.installed(FORMS)).read(pdf);
        assertTrue(with.cells().containsKey(DENIED_LAW));
    }

    @Test
    void aVariantInAUsersFileMakesAMisspeltRowReadable() throws Exception {
        List<String> lines = Files.readAllLines(Fixtures.seed("001"),
                StandardCharsets.UTF_8).stream().map(l -> l.replace("3.危及“三安全一稳定”", "3.危害三安全一稳")).toList();
        CellCode security = CellCode.parse("requests.denied_security.total");
        assertFalse(TextReportReader.withInstalledLabels(FORMS).read(lines).cells().containsKey(security));
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "rows:\n  requests.denied_security: [3.危害三安全一稳]\n");
        LabelVariants variants = LabelVariants.installed(FORMS).with(LabelVariants.load(file, FORMS));
        ExtractedReport report = new TextReportReader(FORMS, variants).read(lines);
        assertTrue(report.cells().containsKey(security), report.findings().toString());
        assertFalse(report.hasErrors(), report.findings().toString());
    }

    @Test
    void theVariantsInTheJarAreReadWhereverItIsAndAFileBesideTheInstallationIsLaidOverThem() throws Exception {
        List<String> lines = Files.readAllLines(Fixtures.seed("001"),
                StandardCharsets.UTF_8).stream().map(l -> l.replace("3.危及“三安全一稳定”", "3.危害三安全一稳")).toList();
        CellCode security = CellCode.parse("requests.denied_security.total");
        String home = System.getProperty("nianbao.home");
        try {
            Path empty = Files.createDirectories(dir.resolve("nowhere"));
            System.setProperty("nianbao.home", empty.toString());
            ReportText pdf = PdfReport.read(Fixtures.realReport("hongze-district-2023"));
            assertTrue(new TextReportReader(FORMS, LabelVariants.installed(FORMS)).read(pdf).cells()
                    .containsKey(DENIED_LAW), "the variants inside the jar, with nothing beside it");
            Path installation = Files.createDirectories(dir.resolve("installation").resolve("converters"));
            Files.writeString(installation.resolve("labels.yaml"), "rows:\n  requests.denied_security: [3.危害三安全一稳]\n");
            System.setProperty("nianbao.home", installation.getParent().toString());
            LabelVariants variants = LabelVariants.installed(FORMS);
            assertTrue(new TextReportReader(FORMS, variants).read(lines).cells().containsKey(security));
            assertTrue(new TextReportReader(FORMS, variants).read(pdf).cells().containsKey(DENIED_LAW),
                    "the file beside adds to the variants inside the jar");
        } finally {
            if (home == null) {
                System.clearProperty("nianbao.home");
            } else {
                System.setProperty("nianbao.home", home);
            }
        }
    }

    @Test
    void anUnknownRowCodeFailsWithTheFileAndTheCodeNamed() throws Exception {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, "rows:\n  requests.denied_secrets: [国家秘密]\n");
        var e = assertThrows(java.io.IOException.class, () -> LabelVariants.load(file, FORMS));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("requests.denied_secrets"),
                e.getMessage());
    }

    @Test
    void mergingKeepsTheInstalledVariantsAndAddsTheUsersOnes() throws Exception {
        LabelVariants installed = LabelVariants.installed(FORMS);
        LabelVariants merged = installed.with(new LabelVariants(java.util.Map.of("requests.denied_law", List.of("甲"))));
        List<String> names = merged.rows().get("requests.denied_law");
        assertEquals(installed.rows().get("requests.denied_law").size() + 1, names.size());
        assertEquals("甲", names.get(names.size() - 1));
    }
}
