package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.annualreport.limits.FileBudget;

/**
 * The six numbered parts of a report (一、总体情况 … 六、其他需要报告的事项) as text. Part headings are found in
 * order; the rows 一、本年新收… and 四、结转下年度… of table 三 look like headings but stand inside part 三 and are
 * not taken for one, because each part must come after the previous one and 一 to 四 must name their subject.
 */
final class Narrative {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};
    /** What the heading of parts 一 to 四 names; 五 and 六 are worded freely by reports. */
    private static final String[] SUBJECTS = {"总体情况", "主动公开", "收到和处理", "行政复议"};
    private static final int LONGEST_HEADING = 40;

    private Narrative() {
    }

    /** The text of each part found, keyed by its heading as printed (without tabs a copy may have put in). */
    static Map<String, String> sections(List<String> lines) {
        Map<String, String> sections = new LinkedHashMap<>();
        int part = 0;
        String heading = null;
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            FileBudget.checkpoint();
            String text = LabelText.normalise(line);
            if (part < NUMERALS.length && isHeading(text, part)) {
                if (heading != null) {
                    sections.put(heading, String.join("\n", body).strip());
                }
                heading = line.replace("\t", "").strip();
                body.clear();
                part++;
            } else if (heading != null) {
                body.add(line);
            }
        }
        if (heading != null) {
            sections.put(heading, String.join("\n", body).strip());
        }
        return sections;
    }

    private static boolean isHeading(String text, int part) {
        if (!text.startsWith(NUMERALS[part] + "、") || text.length() > LONGEST_HEADING) {
            return false;
        }
        return part >= SUBJECTS.length || text.contains(SUBJECTS[part]);
    }
}
