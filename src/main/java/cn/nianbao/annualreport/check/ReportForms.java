package cn.nianbao.annualreport.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.JsonReport;
import cn.nianbao.annualreport.extract.WorkbookCells;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.ReportYear;
import cn.nianbao.annualreport.workbook.WorkbookLayout;

/**
 * Turns a published report, as the converter read it, into a filled form. Each cell is placed at its address in the
 * standard workbook the converter writes; what the converter found stays as the form's findings.
 */
final class ReportForms {

    private ReportForms() {
    }

    /**
     * A report nianbao's JSON holds: as a published report, or, when the JSON was made of a standard workbook, as
     * that workbook was read (its cells' formats and formulas as they were stored), so that it is checked alike.
     */
    static FilledForm of(JsonReport json) {
        return of(json.report(), json.stored());
    }

    static FilledForm of(ExtractedReport report) {
        return of(report, Optional.empty());
    }

    /** The form of a report whose cells a workbook {@code stored}, if one did; of a published report otherwise. */
    private static FilledForm of(ExtractedReport report, Optional<WorkbookCells> stored) {
        WorkbookLayout layout = new WorkbookLayout(report.form());
        Map<CellCode, Entry> entries = new HashMap<>();
        report.cells().forEach((code, printed) -> entries.put(code, new Entry(code,
                layout.address(code).orElseThrow(), printed,
                stored.isPresent() ? Optional.ofNullable(stored.get().formats().get(code)) : format(printed),
                stored.isPresent() && stored.get().formulas().contains(code))));
        return new FilledForm(report.form(), stored.isPresent() ? FilledForm.Source.WORKBOOK : FilledForm.Source.REPORT,
                entries, report.unit(), report.year().map(ReportYear::toString), report.narrative(),
                report.findings());
    }

    /** The format error of a printed cell: a not-applicable marker, or text that is no number. */
    private static Optional<String> format(PrintedValue printed) {
        return switch (printed.form()) {
            case NOT_APPLICABLE -> Optional.of(FindingKind.PLACEHOLDER.id());
            case UNREADABLE -> Optional.of(FindingKind.TEXT_IN_NUMBER_CELL.id());
            default -> Optional.empty();
        };
    }
}
