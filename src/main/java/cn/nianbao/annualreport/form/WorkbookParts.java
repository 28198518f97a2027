package cn.nianbao.annualreport.form;

import java.util.List;
import java.util.Optional;

/**
 * The sheets every standard workbook has beside the tables: 封面, 校验 and 说明 (from {@code workbook.yaml}).
 *
 * @param font   the font of every cell
 * @param cover  the cover sheet
 * @param checks the sheet listing every rule with a live result
 * @param notes  the sheet explaining how to fill the workbook
 * @param narrative the sheet holding a converted report's text, parts 一 to 六
 */
public record WorkbookParts(String font, Cover cover, Checks checks, Notes notes, Narrative narrative,
        Source source) {

    /**
     * The very hidden sheet of a converted report that keeps the report as read (nianbao's JSON, in column A from
     * the second row on), so that a workbook nobody changed reads as the report did.
     */
    public record Source(String sheet, String title) {
    }

    /** The sheet holding the text of a converted report. */
    public record Narrative(String sheet, String title) {
    }


    /** The cover sheet: who reports, for which year, in which edition. */
    public record Cover(String sheet, String title, List<CoverField> fields) {
        /** Copies the fields. */
        public Cover {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One line of the cover sheet.
     *
     * @param code   its defined name, e.g. {@code meta.unit}
     * @param label  its Chinese label
     * @param kind   {@code text}, {@code year}, {@code edition} or {@code date}
     * @param prompt the input prompt, if any
     */
    public record CoverField(String code, String label, String kind, Optional<String> prompt) {
    }

    /** The 校验 sheet; {@code failuresName} names the cell holding the number of failing rules. */
    public record Checks(String sheet, String title, String failuresName, String failuresLabel, String passed,
            String failed) {
    }

    /** The 说明 sheet and the paragraphs every edition shares. */
    public record Notes(String sheet, String title, List<String> common) {
        /** Copies the paragraphs. */
        public Notes {
            common = List.copyOf(common);
        }
    }
}
