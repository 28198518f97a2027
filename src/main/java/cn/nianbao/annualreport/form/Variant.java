package cn.nianbao.annualreport.form;

import java.util.Map;
import java.util.Objects;

/**
 * A variant of an edition seen in real reports (from its edition's YAML): what differs from the official form, in
 * Chinese and in English.
 *
 * @param code        the variant's code, e.g. {@code single-other}
 * @param note        what differs, in Chinese
 * @param englishNote what differs, in English
 */
public record Variant(String code, String note, String englishNote) {

    /** Checks the fields. */
    public Variant {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(englishNote, "englishNote");
    }

    /** The {@code edition-variant} finding that says a report is in this variant. */
    public Finding finding() {
        return Finding.warning(FindingKind.EDITION_VARIANT, Map.of("note", note, "note_en", englishNote));
    }
}
