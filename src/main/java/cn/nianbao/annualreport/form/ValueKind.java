package cn.nianbao.annualreport.form;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a data cell may hold (件数, 万元 amount, signed change), with the rule that enforces it and the
 * prompts shown to a clerk.
 *
 * @param code    {@code count}, {@code amount}, {@code change}
 * @param ruleId  the id of the value rule, e.g. {@code non-negative-integer}
 * @param name    the Chinese name of the kind
 * @param summary the rule in a few Chinese words, e.g. 件数为非负整数
 * @param integer whether only whole numbers are allowed
 * @param minimum the smallest allowed value, if any
 * @param unit    the unit of the number, if any (万元)
 * @param title   the title of the input prompt
 * @param prompt  the input prompt
 * @param error   the error alert text
 */
public record ValueKind(String code, String ruleId, String name, String summary, boolean integer,
        Optional<BigDecimal> minimum, Optional<String> unit, String title, String prompt, String error) {

    /** Checks that every text is present. */
    public ValueKind {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(ruleId, "rule");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(error, "error");
    }

    /** Whether a value is one this kind allows: not below the minimum, and whole when the kind takes whole numbers. */
    public boolean admits(BigDecimal value) {
        boolean aboveMinimum = minimum.map(m -> value.compareTo(m) >= 0).orElse(true);
        return aboveMinimum && (!integer || value.stripTrailingZeros().scale() <= 0);
    }

    /** What this kind allows, in a few Chinese words for a finding's expected value: ≥ 0 的整数, ≥ 0, 整数. */
    public String admitted() {
        String from = minimum.map(m -> "≥ " + m.toPlainString()).orElse("");
        if (!integer) {
            return from.isEmpty() ? "数" : from;
        }
        return from.isEmpty() ? "整数" : from + " 的整数";
    }
}
