package cn.nianbao.annualreport.check;

import java.math.BigDecimal;

/** Typing slips between an entered and an intended figure: a prior of the error localisation. */
final class TypingSlip {

    private TypingSlip() {
    }

    /**
     * Whether {@code to} reads like {@code from} mistyped: two digits swapped, one dropped or added, or one digit
     * of several hit wrong (a one-digit figure changed to another is no slip: any figure is one key away).
     */
    static boolean between(BigDecimal from, BigDecimal to) {
        String a = from.stripTrailingZeros().toPlainString();
        String b = to.stripTrailingZeros().toPlainString();
        if (a.length() == b.length()) {
            int first = -1;
            int differences = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    differences++;
                    first = first < 0 ? i : first;
                }
            }
            return differences == 1 && a.length() > 1 || differences == 2 && first + 1 < a.length()
                    && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
