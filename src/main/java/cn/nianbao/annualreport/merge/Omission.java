package cn.nianbao.annualreport.merge;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;

/**
 * Something an input holds that a summary did not add, so that nothing is dropped silently.
 *
 * @param file    the input
 * @param edition the input's edition
 * @param code    the cell, by the input edition's code
 * @param title   the cell as a person names it, e.g. （一）予以公开 › 商业企业
 * @param where   where it stands in the input, e.g. {@code '依申请公开'!E7}
 * @param content what the cell holds, as entered or printed
 * @param reason  why it was not added
 */
public record Omission(Path file, String edition, CellCode code, String title, CellRef where, String content,
        Reason reason) {

    /** Why a cell was not added, with the rule id of its finding. */
    public enum Reason {
        /** It holds text (or a number stored as text, a placeholder) rather than a number. */
        TEXT(FindingKind.NOT_ADDED_TEXT),
        /** Its edition is not the summary's, and the mapping has no counterpart for it. */
        UNMAPPED(FindingKind.NOT_MAPPED),
        /** Its row exists only in a variant of the summary's edition (the 2019 其他处理 row in a 2021 table). */
        NOT_IN_EDITION(FindingKind.NOT_IN_EDITION);

        private final FindingKind kind;

        Reason(FindingKind kind) {
            this.kind = kind;
        }

        /** The rule id of the finding that reports it. */
        public String ruleId() {
            return kind.id();
        }
    }

    /** Checks the fields. */
    public Omission {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * What happened, as a warning finding about the cell, for a summary in {@code summaryEdition}; its message
     * (see {@code Messages}) names the cell, its content and the reason.
     */
    public Finding finding(String summaryEdition) {
        return Finding.warning(reason.kind, Map.of("title", title, "edition", edition, "summary", summaryEdition))
                .about(code).at(where).values("", content);
    }
}
