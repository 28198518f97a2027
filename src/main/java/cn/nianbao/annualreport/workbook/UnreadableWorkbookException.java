package cn.nianbao.annualreport.workbook;

import cn.nianbao.annualreport.limits.ReadRefusal;
import cn.nianbao.annualreport.limits.Reason;

/**
 * A file that cannot be read as a workbook: empty, not Excel at all, encrypted, corrupt, or built to exhaust the
 * reader (a zip bomb). The reason says why, without the file name; the caller adds that.
 */
final class UnreadableWorkbookException extends ReadRefusal {

    /** A refusal for the reason given. */
    UnreadableWorkbookException(Reason reason) {
        super(reason);
    }

    /** A refusal for the reason given, caused by what a lower layer threw. */
    UnreadableWorkbookException(Reason reason, Throwable cause) {
        super(reason, cause);
    }

    /** A refusal for the reason of {@code key}, without arguments. */
    static UnreadableWorkbookException of(String key) {
        return new UnreadableWorkbookException(Reason.of(key));
    }
}
