package cn.nianbao.annualreport.limits;

/**
 * One file cost more than it may: its deadline passed, or it holds a structure larger than any real report needs
 * (a table span, a page count, a number of cells). The message is Chinese and says which, for the user.
 */
public final class BudgetExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went over, in English (the message says it in Chinese, with the details). */
    private final String english;

    private BudgetExceeded(String reason, String english) {
        super(reason, null, false, false);
        this.english = english;
    }

    /** The file's deadline passed. */
    static BudgetExceeded timeout(long seconds) {
        return new BudgetExceeded("处理超时：超过 " + seconds + " 秒仍未读完，已放弃这个文件",
                "took too long: not read within " + seconds + " seconds, so the file was given up");
    }

    /**
     * The file holds more than a report needs; {@code what} says what in Chinese, with the count and the limit, for
     * example {@code 表格合并跨度 2147483647 列，超过上限 1000 列}.
     */
    public static BudgetExceeded tooLarge(String what) {
        return new BudgetExceeded("内容过大：" + what, "too large: the file holds more than any real report needs");
    }

    /** What went over, in English. */
    public String english() {
        return english;
    }
}
