package cn.nianbao.annualreport.workbook;

import java.io.IOException;

/**
 * A file that cannot be read as a workbook: empty, not Excel at all, encrypted, corrupt, or built to exhaust the
 * reader (a zip bomb). The message says why, in Chinese, without the file name; the caller adds that.
 */
final class UnreadableWorkbookException extends IOException {

    /** A refusal for the reason given. */
    public UnreadableWorkbookException(String message) {
        super(message);
    }

    /** A refusal for the reason given, caused by what a lower layer threw. */
    public UnreadableWorkbookException(String message, Throwable cause) {
        super(message, cause);
    }
}
