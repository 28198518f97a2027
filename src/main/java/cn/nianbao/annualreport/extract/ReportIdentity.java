package cn.nianbao.annualreport.extract;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.ReportYear;

/**
 * Reads who reported and on which year from wherever the report gives them, and takes them only when what it gives
 * agrees.
 *
 * <p>The unit comes from the title, the 发文机关 of a portal's metadata table, the letterhead (海东市乐都区人民政府文件)
 * and the signature at the end (the organ's name above the date); these must name one organ, by a longer or shorter
 * name or as its office, and the longest name is taken (淮安市洪泽区人民政府 for a title naming 洪泽区人民政府). The office
 * that compiled the report (本报告由淮安市洪泽区人民政府办公室…编制) only lengthens that name. The year comes from the title,
 * the statistical period (统计期限为2023年1月1日至2023年12月31日) and the sentence that presents the report
 * (现将本机关2023年度政府信息公开工作情况报告如下); the date of publication is not the year reported on. Where the
 * sources disagree, or only the compiling office names a unit, the unit or year is left empty with a finding that
 * lists what the report gives.
 */
final class ReportIdentity {

    /** The first year with reports: the regulations took effect on 1 May 2008. */
    static final int FIRST_YEAR = 2008;

    private static final int HEAD_LINES = 40;
    /** The head and the preamble take at least this many lines, even after a heading (a table of contents). */
    private static final int AT_LEAST = 12;
    private static final int PREAMBLE_LINES = 80;
    private static final int TAIL_LINES = 25;
    /**
     * Lines longer than this are no title, letterhead, signature or sentence naming the period (a paragraph of a
     * real report has well under 2,000 characters) and are passed over: a line of a million characters would
     * otherwise be matched character by character by every clue.
     */
    private static final int LONGEST_LINE = 10_000;
    private static final Pattern PART_ONE = Pattern.compile("^一[、.]");
    private static final Pattern PART_TWO = Pattern.compile("^二[、.]");
    private static final Pattern ISSUER = Pattern.compile("^(?:发文机关|发文单位)(?::(.*))?$");
    private static final String LETTERHEAD = "文件";
    private static final String DATE = "(?:\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}"
            + "|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)";
    private static final Pattern SIGNATURE = Pattern.compile("^(?<unit>.*?)" + DATE + "$");
    private static final Pattern COMPILED_BY = Pattern.compile(
            "本报告由(?<unit>\\p{IsHan}{2,40}?)(?:根据|依据|按照|负责|编制|编写|汇总|制作|整理|编印)");
    private static final Pattern PERIOD = Pattern.compile(
            "(?:统计|数据)[^。]{0,20}?(\\d{4})年0?1月0?1日[^。]{0,6}?(?:至|到|-|—|~)(\\d{4})年12月31日");
    private static final Pattern PRESENTED = Pattern.compile(
            "现(?:将|发布|公布|予以公布)[^。]{0,40}?(\\d{4})年度?[^。]{0,10}?政府信息公开");

    private ReportIdentity() {
    }

    /** The unit and year of the report, years up to next year being plausible. */
    static Identity read(ReportText text) {
        return read(text, Year.now().getValue() + 1);
    }

    /** The unit and year of the report, years from {@value #FIRST_YEAR} to {@code latestYear} being plausible. */
    static Identity read(ReportText text, int latestYear) {
        List<String> lines = text.lines();
        List<Integer> nonBlank = IntStream.range(0, lines.size())
                .filter(i -> !lines.get(i).isBlank() && lines.get(i).length() <= LONGEST_LINE).boxed().toList();
        List<Integer> head = before(lines, nonBlank, PART_ONE, HEAD_LINES);
        List<Integer> tail = nonBlank.subList(Math.max(0, nonBlank.size() - TAIL_LINES), nonBlank.size());
        List<Passage> passages = List.of(Passage.of(lines, before(lines, nonBlank, PART_TWO, PREAMBLE_LINES)),
                Passage.of(lines, tail));
        List<ReportTitle> titles = ReportTitle.in(lines, head);
        List<Finding> findings = new ArrayList<>();
        Optional<String> unit = unit(unitClues(lines, titles, head, tail, passages), text, findings);
        Optional<ReportYear> year = year(yearClues(titles, passages), latestYear, text, findings);
        return new Identity(unit, year, findings);
    }

    /** The units the titles, 发文机关, letterhead, signature and compiling office name, strong ones first. */
    private static List<UnitClue> unitClues(List<String> lines, List<ReportTitle> titles, List<Integer> head,
            List<Integer> tail, List<Passage> passages) {
        List<UnitClue> units = new ArrayList<>();
        titles.forEach(title -> title.unit().ifPresent(unit -> units.add(new UnitClue(unit, true, title.line()))));
        units.addAll(issuers(lines, head));
        units.addAll(letterheads(lines, head));
        signature(lines, tail).ifPresent(units::add);
        passages.forEach(passage -> units.addAll(compilers(passage)));
        return units;
    }

    /** The years the titles, the statistical period and the sentence presenting the report name. */
    private static List<YearClue> yearClues(List<ReportTitle> titles, List<Passage> passages) {
        List<YearClue> years = new ArrayList<>();
        titles.forEach(title -> years.add(new YearClue(title.year(), title.line())));
        for (Passage passage : passages) {
            years.addAll(passage.years(PERIOD));
            years.addAll(passage.years(PRESENTED));
        }
        return years;
    }

    /** The unit all strong clues agree on, in its longest form; or empty with a finding. */
    private static Optional<String> unit(List<UnitClue> clues, ReportText text, List<Finding> findings) {
        List<UnitClue> strong = clues.stream().filter(UnitClue::strong).toList();
        if (clues.isEmpty()) {
            findings.add(Finding.warning(FindingKind.UNIT_MISSING, Map.of()));
            return Optional.empty();
        }
        boolean agree = !strong.isEmpty() && strong.stream()
                .allMatch(a -> strong.stream().allMatch(b -> a.name().sameOrganAs(b.name())));
        if (!agree) {
            List<UnitClue> shown = strong.isEmpty() ? clues : strong;
            findings.add(Finding.warning(FindingKind.UNIT_UNCERTAIN, Map.of("candidates", candidates(shown.stream()
                    .collect(Collectors.toMap(c -> c.name().printed(), UnitClue::line, (a, b) -> a,
                            LinkedHashMap::new)), text))).at(text.place(shown.get(0).line())));
            return Optional.empty();
        }
        UnitName first = strong.get(0).name();
        UnitName unit = first;
        for (UnitClue clue : clues) {
            if (clue.name().sameOrganAs(first)) {
                unit = unit.longest(clue.name());
            }
        }
        return Optional.of(unit.printed());
    }

    /** The one plausible year all clues give; or empty with a finding. */
    private static Optional<ReportYear> year(List<YearClue> clues, int latestYear, ReportText text,
            List<Finding> findings) {
        if (clues.isEmpty()) {
            findings.add(Finding.warning(FindingKind.YEAR_MISSING, Map.of()));
            return Optional.empty();
        }
        Map<String, Integer> distinct = clues.stream().collect(Collectors.toMap(c -> Integer.toString(c.year()),
                YearClue::line, (a, b) -> a, LinkedHashMap::new));
        int year = clues.get(0).year();
        if (distinct.size() == 1 && year >= FIRST_YEAR && year <= latestYear) {
            return Optional.of(new ReportYear(year));
        }
        findings.add(Finding.warning(FindingKind.YEAR_UNCERTAIN, Map.of("candidates", candidates(distinct, text)))
                .at(text.place(clues.get(0).line())));
        return Optional.empty();
    }

    /** What the report gives, with where: {@code 洪泽区人民政府（第 2 行）、淮安市人民政府（第 80 行）}. */
    private static String candidates(Map<String, Integer> lines, ReportText text) {
        return lines.entrySet().stream().map(e -> e.getKey() + "（" + text.place(e.getValue()) + "）")
                .collect(Collectors.joining("、"));
    }

    /**
     * The non-blank lines before the first that starts with the given heading (but at least {@value #AT_LEAST}), at
     * most {@code limit}.
     */
    private static List<Integer> before(List<String> lines, List<Integer> nonBlank, Pattern heading, int limit) {
        List<Integer> region = new ArrayList<>();
        for (int i : nonBlank) {
            String line = lines.get(i).strip();
            if (region.size() == limit || region.size() >= AT_LEAST && heading.matcher(LabelText.normalise(
                    line.substring(0, Math.min(line.length(), 3)))).find()) {
                break;
            }
            region.add(i);
        }
        return region;
    }

    /** The 发文机关 of a metadata table: a cell or line {@code 发文机关：XX局}, or the cell or line after the label. */
    private static List<UnitClue> issuers(List<String> lines, List<Integer> head) {
        List<UnitClue> clues = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        List<Integer> cellLines = new ArrayList<>();
        for (int i : head) {
            for (String cell : lines.get(i).split("\t|\\s{2,}|\\u3000")) {
                if (!cell.isBlank()) {
                    cells.add(cell.strip());
                    cellLines.add(i);
                }
            }
        }
        for (int k = 0; k < cells.size(); k++) {
            Matcher label = ISSUER.matcher(LabelText.normalise(cells.get(k)));
            if (!label.matches()) {
                continue;
            }
            String value = label.group(1) != null && !label.group(1).isEmpty()
                    ? cells.get(k).substring(cells.get(k).replace('：', ':').indexOf(':') + 1).strip()
                    : k + 1 < cells.size() ? cells.get(k + 1) : "";
            value = value.split("[\\s\\u3000]+")[0];
            int line = cellLines.get(k);
            UnitName.of(value).ifPresent(name -> clues.add(new UnitClue(name, true, line)));
        }
        return clues;
    }

    /** The organ whose letterhead the report is printed under ({@code 海东市乐都区人民政府文件}), not a joint one. */
    private static List<UnitClue> letterheads(List<String> lines, List<Integer> head) {
        List<UnitClue> clues = new ArrayList<>();
        for (int i : head) {
            String printed = lines.get(i).strip();
            AlignedText line = AlignedText.of(printed);
            List<String> words = List.of(printed.split("[\\s\\u3000]+"));
            boolean joint = words.size() > 1 && words.stream().allMatch(w -> w.length() > 1);
            if (line.text().endsWith(LETTERHEAD) && !joint) {
                UnitName.of(line.printed(0, line.text().length() - LETTERHEAD.length()))
                        .ifPresent(name -> clues.add(new UnitClue(name, true, i)));
            }
        }
        return clues;
    }

    /** The organ signing the report: the last date in the tail and the name on its line or the line above it. */
    private static Optional<UnitClue> signature(List<String> lines, List<Integer> tail) {
        for (int k = tail.size() - 1; k >= 0; k--) {
            AlignedText line = AlignedText.of(lines.get(tail.get(k)).strip());
            Matcher dated = SIGNATURE.matcher(line.text());
            if (!dated.matches()) {
                continue;
            }
            int at = dated.start("unit") < dated.end("unit") ? k : k - 1;
            if (at < 0) {
                continue;
            }
            AlignedText signed = at == k ? line : AlignedText.of(lines.get(tail.get(at)).strip());
            int end = at == k ? dated.end("unit") : signed.text().length();
            Optional<UnitName> name = UnitName.of(signed.printed(0, end));
            if (name.isPresent()) {
                return Optional.of(new UnitClue(name.get(), true, tail.get(at)));
            }
        }
        return Optional.empty();
    }

    /** The office that compiled the report: a weak clue, one that only lengthens the name the others give. */
    private static List<UnitClue> compilers(Passage passage) {
        List<UnitClue> clues = new ArrayList<>();
        Matcher m = COMPILED_BY.matcher(passage.text().text());
        while (m.find()) {
            int line = passage.line(m.start());
            UnitName.of(passage.text().printed(m.start("unit"), m.end("unit")))
                    .ifPresent(name -> clues.add(new UnitClue(name, false, line)));
        }
        return clues;
    }

    /**
     * A unit a part of the report names.
     *
     * @param strong whether it names the reporting unit by itself (title, 发文机关, letterhead, signature), or only
     *               lengthens that name (the compiling office)
     * @param line   the index of its line
     */
    private record UnitClue(UnitName name, boolean strong, int line) {
    }

    /**
     * A year a part of the report names as the year reported on.
     *
     * @param line the index of its line
     */
    private record YearClue(int year, int line) {
    }

    /**
     * Lines read as one running text, for sentences broken over lines.
     *
     * @param text  the lines joined
     * @param lines the index of each line joined
     * @param ends  for each line joined, where it ends in the printed text
     */
    private record Passage(AlignedText text, List<Integer> lines, int[] ends) {

        static Passage of(List<String> all, List<Integer> lines) {
            AlignedText text = AlignedText.of("");
            int[] ends = new int[lines.size()];
            for (int k = 0; k < lines.size(); k++) {
                text = text.join(AlignedText.of(all.get(lines.get(k)).strip()));
                ends[k] = text.printed().length();
            }
            return new Passage(text, List.copyOf(lines), ends);
        }

        /** The line of comparable character {@code index}. */
        int line(int index) {
            int printed = text.origin()[index];
            int k = 0;
            while (k < ends.length - 1 && ends[k] <= printed) {
                k++;
            }
            return lines.get(k);
        }

        /** The years a pattern finds: group 1, and when there is a group 2 (a period's end), only where both agree. */
        List<YearClue> years(Pattern pattern) {
            List<YearClue> years = new ArrayList<>();
            Matcher m = pattern.matcher(text.text());
            while (m.find()) {
                if (m.groupCount() < 2 || m.group(1).equals(m.group(2))) {
                    years.add(new YearClue(Integer.parseInt(m.group(1)), line(m.start(1))));
                }
            }
            return years;
        }
    }
}
