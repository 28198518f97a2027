package cn.nianbao.annualreport.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.JsonReport;
import cn.nianbao.annualreport.extract.PrintedValue;
import cn.nianbao.annualreport.extract.WorkbookCells;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.ReportYear;
import cn.nianbao.annualreport.workbook.WorkbookLayout;

/**
 * Turns a published report, as the converter read it, into a filled form. Each cell is placed at its address in the
 * standard workbook the converter writes; what the converter found stays, except its old-edition finding, which
 * the checker's own metadata rule reports again.
 */
final class ReportForms {

    /** The converter's rules that the checker's own rules (sums, metadata) report again. */
    private static final Set<String> CHECKED_AGAIN = Set.of(FindingKind.OLD_EDITION.id());

    private ReportForms() {
    }

    /**
     * A report nianbao's JSON holds: as a published report, or, when the JSON was made of a standard workbook, as
     * that workbook was read (its cells' formats and formulas as they were stored), so that it is checked alike.
     */
    static FilledForm of(JsonReport json) {
        if (json.stored().isEmpty()) {
            return of(json.report());
        }
        ExtractedReport report = json.report();
        WorkbookCells stored = json.stored().get();
        WorkbookLayout layout = new WorkbookLayout(report.form());
        Map<CellCode, Entry> entries = new HashMap<>();
        report.cells().forEach((code, printed) -> entries.put(code, new Entry(code,
                layout.address(code).orElseThrow(), printed,
                Optional.ofNullable(stored.formats().get(code)), stored.formulas().contains(code))));
        return new FilledForm(report.form(), FilledForm.Source.WORKBOOK, entries, report.unit(), year(report),
                report.narrative(), report.findings());
    }

    static FilledForm of(ExtractedReport report) {
        WorkbookLayout layout = new WorkbookLayout(report.form());
        Map<CellCode, Entry> entries = new HashMap<>();
        report.cells().forEach((code, printed) -> entries.put(code, entry(code,
                layout.address(code).orElseThrow(), printed)));
        return new FilledForm(report.form(), FilledForm.Source.REPORT, entries, report.unit(), year(report),
                report.narrative(), report.findings().stream().filter(f -> !CHECKED_AGAIN.contains(f.ruleId()))
                        .toList());
    }

    private static Optional<String> year(ExtractedReport report) {
        return report.year().map(ReportYear::toString);
    }

    private static Entry entry(CellCode code, CellRef where, PrintedValue printed) {
        Optional<String> format = switch (printed.form()) {
            case NOT_APPLICABLE -> Optional.of(FindingKind.PLACEHOLDER.id());
            case UNREADABLE -> Optional.of(FindingKind.TEXT_IN_NUMBER_CELL.id());
            default -> Optional.empty();
        };
        return new Entry(code, where, printed, format, false);
    }
}
