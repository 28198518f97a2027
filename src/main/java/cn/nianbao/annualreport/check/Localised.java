package cn.nianbao.annualreport.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.check.ErrorLocalisation.Cause;
import cn.nianbao.annualreport.check.ErrorLocalisation.Change;
import cn.nianbao.annualreport.check.ErrorLocalisation.Fix;
import cn.nianbao.annualreport.form.BalanceRule;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.SumRule;

/**
 * The findings of a file with failed sums and balances, told as causes: one {@code likely-wrong-cell} finding per
 * cell of the likeliest fix of each cause, with its suggested value, the cells to change with it and the other fixes
 * (equally likely, or less); a {@code no-small-fix} warning for a cause no small fix explains. A finding that
 * names a figure for a cell of the likeliest fix (应填 0 for a blank) names the fix's figure instead, and a failed
 * rule names it only when no other fix is as likely, so that no two findings of a file disagree.
 */
final class Localised {

    /** An expected value that is a figure to enter (not a description such as ≥ 0 的整数). */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** Between the fixes listed in one argument. */
    static final String BETWEEN_FIXES = " | ";
    /** The most fixes of one list a sentence names. */
    private static final int SHOWN = 3;

    private Localised() {
    }

    /** {@code findings} with the causes told and the suggestions made to agree. */
    static List<Finding> findings(FilledForm filled, List<Finding> findings, List<Cause> causes) {
        Map<CellCode, String> suggested = new HashMap<>();
        Set<CellCode> tied = new HashSet<>();
        List<Finding> told = new ArrayList<>();
        for (Cause cause : causes) {
            if (cause.fixes().isEmpty()) {
                told.add(unexplained(filled, cause));
                continue;
            }
            Fix best = cause.fixes().get(0);
            Map<String, String> otherFixes = new LinkedHashMap<>();
            List<Fix> others = cause.fixes().subList(1, cause.fixes().size());
            listed(filled, otherFixes, "alternatives", others.stream().filter(f -> f.prior() == best.prior()).toList());
            listed(filled, otherFixes, "others", others.stream().filter(f -> f.prior() != best.prior()).toList());
            for (Change change : best.changes()) {
                suggested.put(change.code(), plain(change.to()));
                if (cause.tied()) {
                    tied.add(change.code());
                }
                told.add(likelyWrong(filled, cause, best, change, otherFixes));
            }
        }
        List<Finding> all = new ArrayList<>();
        for (Finding finding : findings) {
            String suggestion = finding.cell().map(suggested::get).orElse(null);
            if (suggestion == null) {
                all.add(finding);
            } else if (isRule(filled, finding)) {
                // a failed rule names a value for its cell only when no other fix is as likely
                all.add(finding.values(tied.contains(finding.cell().get()) ? "" : suggestion, finding.actual()));
            } else if (NUMBER.matcher(finding.expected()).matches()) {
                all.add(finding.values(suggestion, finding.actual()));
            } else {
                all.add(finding);
            }
        }
        all.addAll(told);
        return all;
    }

    /**
     * The figures the report's text states for single cells where they contradict the tables, from the narrative's
     * findings: a prior for the localisation.
     */
    static Map<CellCode, BigDecimal> stated(List<Finding> narrative) {
        Map<CellCode, BigDecimal> stated = new HashMap<>();
        for (Finding finding : narrative) {
            String cells = finding.args().getOrDefault("cells", "");
            if (finding.cell().isPresent() && !cells.contains("+") && finding.actual().matches("[0-9]+")) {
                stated.putIfAbsent(finding.cell().get(), new BigDecimal(finding.actual()));
            }
        }
        return stated;
    }

    /** The value a finding suggests for its cell: a {@code likely-wrong-cell} finding's expected value. */
    static Optional<String> suggested(Finding finding) {
        return FindingKind.LIKELY_WRONG_CELL.is(finding) ? Optional.of(finding.expected()) : Optional.empty();
    }

    /**
     * The other fixes of a {@code likely-wrong-cell} finding's cause, the equally likely first, each as
     * {@code '依申请公开'!D6=1, '依申请公开'!D29=0}; none for other findings.
     */
    static List<String> alternatives(Finding finding) {
        List<String> fixes = new ArrayList<>();
        for (String name : List.of("alternatives", "others")) {
            String listed = finding.args().getOrDefault(name, "");
            if (FindingKind.LIKELY_WRONG_CELL.is(finding) && !listed.isEmpty()) {
                fixes.addAll(List.of(listed.split(Pattern.quote(BETWEEN_FIXES))));
            }
        }
        return fixes;
    }

    /** Whether a finding is a failed sum or balance. */
    private static boolean isRule(FilledForm filled, Finding finding) {
        return filled.form().singleReportRules().stream().filter(r -> r instanceof SumRule || r instanceof BalanceRule)
                .map(Rule::id).anyMatch(finding.ruleId()::equals);
    }

    /** The finding of one cell of the likeliest fix, with the cause's other fixes as listed once for all its cells. */
    private static Finding likelyWrong(FilledForm filled, Cause cause, Fix best, Change change,
            Map<String, String> otherFixes) {
        Entry entry = filled.entries().get(change.code());
        Map<String, String> args = new LinkedHashMap<>();
        args.put("certainty", cause.tied() ? "tied" : "likely");
        args.put("title", filled.form().cell(change.code()).map(CellDef::title).orElse(change.code().toString()));
        args.put("entered", entry == null || entry.raw().isBlank() ? "blank" : entry.raw());
        args.put("rules", Integer.toString(cause.failing().size()));
        args.put("together", changes(filled, best.changes().stream().filter(c -> c != change).toList()));
        args.putAll(otherFixes);
        Finding finding = Finding.error(FindingKind.LIKELY_WRONG_CELL, args).about(change.code())
                .values(plain(change.to()), entry == null ? "" : entry.raw());
        return entry == null ? finding : finding.at(entry.where());
    }

    private static Finding unexplained(FilledForm filled, Cause cause) {
        Rule first = cause.failing().get(0);
        CellCode about = first.cells().get(0);
        Finding finding = Finding.warning(FindingKind.NO_SMALL_FIX, Map.of(
                "rules", Integer.toString(cause.failing().size()),
                "titles", cause.failing().stream().map(Rule::title).collect(Collectors.joining("；")),
                "largest", Integer.toString(ErrorLocalisation.LARGEST_SET))).about(about);
        return Optional.ofNullable(filled.entries().get(about)).map(e -> finding.at(e.where())).orElse(finding);
    }

    /**
     * Puts the fixes under {@code name} in full (for the reports), the first {@value #SHOWN} under
     * {@code name_shown} and how many more there are under {@code name_more} ("" for none), for the sentence.
     */
    private static void listed(FilledForm filled, Map<String, String> args, String name, List<Fix> fixes) {
        args.put(name, fixes(filled, fixes));
        args.put(name + "_shown", fixes(filled, fixes.subList(0, Math.min(SHOWN, fixes.size()))));
        args.put(name + "_more", fixes.size() > SHOWN ? Integer.toString(fixes.size() - SHOWN) : "");
    }

    private static String fixes(FilledForm filled, List<Fix> fixes) {
        return fixes.stream().map(f -> changes(filled, f.changes())).collect(Collectors.joining(BETWEEN_FIXES));
    }

    /** Changes as {@code '依申请公开'!D7=5, '依申请公开'!E7=0}: addresses and figures, the same in every language. */
    private static String changes(FilledForm filled, List<Change> changes) {
        return changes.stream().map(c -> Optional.ofNullable(filled.entries().get(c.code()))
                .map(e -> e.where().describe(Locale.ROOT)).orElse(c.code().toString()) + "=" + plain(c.to()))
                .collect(Collectors.joining(", "));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
