package cn.nianbao.annualreport.limits;

/**
 * One file cost more than it may: its deadline passed, or it holds a structure larger than any real table needs
 * (a table span, a page count, a number of cells). The {@link Reason} says which, with the count and the limit; the
 * message is its Chinese text.
 */
public final class BudgetExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went over. */
    private final transient Reason reason;

    private BudgetExceeded(Reason reason) {
        super(reason.chinese(), null, false, false);
        this.reason = reason;
    }

    /** The file's deadline passed. */
    static BudgetExceeded timeout(long seconds) {
        return new BudgetExceeded(Reason.of("timeout", "seconds", seconds));
    }

    /**
     * The file holds more than a report needs; {@code what} says what, with the count and the limit, for example
     * {@code 表格合并跨度 2147483647 列，超过上限 1000 列}.
     */
    public static BudgetExceeded tooLarge(Reason what) {
        return new BudgetExceeded(Reason.of("too-large", "what", what));
    }

    /** What went over. */
    public Reason reason() {
        return reason;
    }
}
