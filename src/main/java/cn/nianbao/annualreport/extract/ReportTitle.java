package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title that names the report's year and usually its unit: {@code 洪泽区人民政府2023年政府信息公开工作年度报告},
 * {@code 2023年度XX局政府信息公开工作年度报告}, {@code XX市政府信息公开工作2023年度报告}, with or without 工作, spaced
 * out, in traditional characters, broken over up to three lines, or after a breadcrumb or a label on its line.
 *
 * @param unit the unit the title names; empty for a title of only the year (2023年政府信息公开工作年度报告)
 * @param year the year the title names
 * @param line the index of the title's first line
 */
record ReportTitle(Optional<UnitName> unit, int year, int line) {

    private static final String REPORT = "政府信息公开(?:工作)?(?:年度报告|年报)";
    /** The shapes of a title, tried in this order; the first whose unit is a name (or absent) is the title. */
    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("^(?<unit>.*?)(?<year>\\d{4})年度?" + REPORT),
            Pattern.compile("^(?<year>\\d{4})年度?(?<unit>.+?)" + REPORT),
            Pattern.compile("^(?<unit>.+?)政府信息公开(?:工作)?(?<year>\\d{4})年度?(?:报告|年报)"));
    /** What stands between a title and the portal's clutter on the same line. */
    private static final Pattern SEPARATOR = Pattern.compile("[>›»＞_|｜\\t]|\\s[-－—–]\\s");
    /** A short label before the title on its line: 标题：…, 当前位置：…. */
    private static final Pattern LABELLED = Pattern.compile("^\\s*\\p{IsHan}{1,8}\\s*[：:]\\s*(.+)$");
    /** Words before or after a unit in a title that are not part of its name. */
    private static final Pattern LEADING = Pattern.compile("^(?:[《“(\\[【]|关于)+");
    private static final Pattern TRAILING = Pattern.compile("(?:关于|的)+$");
    private static final int LONGEST_SPAN = 3;

    /**
     * The titles among the given lines (indices into {@code lines}, in order): those on one line, else those
     * broken over two lines, else over three, the fewest lines that give a title naming a unit. Titles of only a
     * year are kept whatever their span.
     */
    static List<ReportTitle> in(List<String> lines, List<Integer> head) {
        Map<Integer, AlignedText> aligned = new HashMap<>();
        Map<String, ReportTitle> titles = new LinkedHashMap<>();
        for (int span = 1; span <= LONGEST_SPAN; span++) {
            for (int i = 0; i + span <= head.size(); i++) {
                for (ReportTitle title : titlesAt(lines, head, i, span, aligned)) {
                    titles.putIfAbsent(title.unit().map(UnitName::key).orElse("") + "/" + title.year(), title);
                }
            }
            if (titles.values().stream().anyMatch(t -> t.unit().isPresent())) {
                break;
            }
        }
        return List.copyOf(titles.values());
    }

    /** The titles that begin at head line {@code first} and take {@code span} lines. */
    private static List<ReportTitle> titlesAt(List<String> lines, List<Integer> head, int first, int span,
            Map<Integer, AlignedText> aligned) {
        List<AlignedText> texts = span == 1 ? segments(lines.get(head.get(first)))
                : List.of(joined(lines, head.subList(first, first + span), aligned));
        List<ReportTitle> titles = new ArrayList<>();
        for (AlignedText text : texts) {
            match(text, head.get(first)).map(t -> withPlaceAbove(t, lines, head, first, span, aligned))
                    .ifPresent(titles::add);
        }
        return titles;
    }

    /**
     * The title with the lines above it, while they make its unit's name longer by the places it lies in: a title
     * broken as 泗洪县 / 市场监督管理局2024年度政府信息 / 公开工作年度报告 names 泗洪县市场监督管理局.
     */
    private static ReportTitle withPlaceAbove(ReportTitle title, List<String> lines, List<Integer> head, int first,
            int span, Map<Integer, AlignedText> aligned) {
        ReportTitle longest = title;
        for (int i = first - 1; i >= 0 && longest.unit().isPresent() && first + span - i <= LONGEST_SPAN + 1; i--) {
            UnitName unit = longest.unit().get();
            Optional<ReportTitle> longer = match(joined(lines, head.subList(i, first + span), aligned), head.get(i))
                    .filter(t -> t.year() == title.year() && t.unit().isPresent()
                            && !t.unit().get().equals(unit) && unit.longest(t.unit().get()).equals(t.unit().get()));
            if (longer.isEmpty()) {
                break;
            }
            longest = longer.get();
        }
        return longest;
    }

    /** The line, and the parts of it that may be a title behind a breadcrumb, a site's name or a label. */
    private static List<AlignedText> segments(String line) {
        List<String> segments = new ArrayList<>(List.of(line));
        String[] parts = SEPARATOR.split(line);
        if (parts.length > 1) {
            segments.addAll(List.of(parts));
        }
        for (String part : List.copyOf(segments)) {
            Matcher labelled = LABELLED.matcher(part);
            if (labelled.matches()) {
                segments.add(labelled.group(1));
            }
        }
        return segments.stream().map(String::strip).filter(s -> !s.isEmpty()).map(AlignedText::of).toList();
    }

    private static AlignedText joined(List<String> lines, List<Integer> span, Map<Integer, AlignedText> aligned) {
        AlignedText text = aligned.computeIfAbsent(span.get(0), i -> AlignedText.of(lines.get(i).strip()));
        for (int i : span.subList(1, span.size())) {
            text = text.join(aligned.computeIfAbsent(i, k -> AlignedText.of(lines.get(k).strip())));
        }
        return text;
    }

    /** The title the text begins with: the first shape whose unit is a name, or absent. */
    private static Optional<ReportTitle> match(AlignedText text, int line) {
        for (Pattern shape : SHAPES) {
            Matcher m = shape.matcher(text.text());
            if (!m.find()) {
                continue;
            }
            int start = m.start("unit");
            int end = m.end("unit");
            Matcher leading = LEADING.matcher(text.text()).region(start, end);
            if (leading.lookingAt()) {
                start = leading.end();
            }
            Matcher trailing = TRAILING.matcher(text.text().substring(start, end));
            if (trailing.find()) {
                end = start + trailing.start();
            }
            int year = Integer.parseInt(m.group("year"));
            if (start >= end) {
                return Optional.of(new ReportTitle(Optional.empty(), year, line));
            }
            Optional<UnitName> unit = UnitName.of(text.printed(start, end));
            if (unit.isPresent()) {
                return Optional.of(new ReportTitle(unit, year, line));
            }
        }
        return Optional.empty();
    }
}
