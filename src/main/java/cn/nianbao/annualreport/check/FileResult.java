package cn.nianbao.annualreport.check;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.nianbao.annualreport.extract.ReadCoverage;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.ReportYear;

/**
 * The outcome of checking one input file: every input of a batch gets exactly one.
 *
 * @param file     the input as given
 * @param status   ok (no error), errors, partly read (a published report not every cell of which was read), or
 *                 unreadable
 * @param unit     the reporting unit, when the file could be read and names one
 * @param year     the report year, when known
 * @param edition  the edition, when the file could be read
 * @param read     how much of the tables was read, when the file could be read
 * @param findings what was found, in order
 * @param carried  the figures and addresses the cross-year rules need, kept for comparing with the next year
 */
public record FileResult(Path file, Status status, Optional<String> unit, Optional<ReportYear> year,
        Optional<String> edition, Optional<ReadCoverage> read, List<Finding> findings, Carried carried) {

    /** How a file came out. */
    public enum Status {
        OK("ok"),
        ERRORS("errors"),
        PARTLY_READ("partly-read"),
        UNREADABLE("unreadable");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        /**
         * The status as written in reports: ok, errors, partly-read, unreadable; its words in either language are
         * {@code status.<code>} in messages_zh/en.properties.
         */
        public String code() {
            return code;
        }
    }

    /**
     * The figures of the cells that cross-year rules read, with where each stands.
     *
     * @param figures the figures by code
     * @param where   the address of each
     */
    public record Carried(Map<CellCode, BigDecimal> figures, Map<CellCode, CellRef> where) {

        /** Nothing carried. */
        public static final Carried NONE = new Carried(Map.of(), Map.of());

        /** Copies the maps. */
        public Carried {
            figures = Map.copyOf(figures);
            where = Map.copyOf(where);
        }
    }

    /** Checks the fields and copies the findings. */
    public FileResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        findings = List.copyOf(findings);
        Objects.requireNonNull(carried, "carried");
    }

    /** A file that could not be read, with the finding that says why. */
    static FileResult unreadable(Path file, Finding why) {
        return new FileResult(file, Status.UNREADABLE, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(why), Carried.NONE);
    }

    /** The same result with further findings (from comparing years); an error among them makes the status errors. */
    FileResult with(List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        Status now = status == Status.OK && more.stream().anyMatch(Finding::isError) ? Status.ERRORS : status;
        return new FileResult(file, now, unit, year, edition, read, all, carried);
    }

    /** How many findings are errors. */
    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    /** How many findings are warnings or notes. */
    public long warnings() {
        return findings.size() - errors();
    }
}
