package cn.nianbao.annualreport.merge;

import java.nio.file.Path;
import java.util.Objects;

import cn.nianbao.annualreport.form.CellCode;

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
public record Omission(Path file, String edition, CellCode code, String title, String where, String content,
        Reason reason) {

    /** Why a cell was not added. */
    public enum Reason {
        /** It holds text (or a number stored as text, a placeholder) rather than a number. */
        TEXT,
        /** Its edition is not the summary's, and the mapping has no counterpart for it. */
        UNMAPPED,
        /** Its row exists only in a variant of the summary's edition (the 2019 其他处理 row in a 2021 table). */
        NOT_IN_EDITION
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

    /** What happened, in Chinese, for a summary in {@code summaryEdition}: the cell, its content and the reason. */
    public String describe(String summaryEdition) {
        String cell = title + "（" + code + (where.isEmpty() ? "" : "，" + where) + "）";
        return switch (reason) {
            case TEXT -> cell + "填的是“" + content + "”，不是数字，未计入";
            case UNMAPPED -> cell + "为“" + content + "”：" + edition + " 版此格无法对应到 " + summaryEdition
                    + " 版，未计入";
            case NOT_IN_EDITION -> cell + "为“" + content + "”：" + summaryEdition + " 版没有此格，未计入";
        };
    }
}
