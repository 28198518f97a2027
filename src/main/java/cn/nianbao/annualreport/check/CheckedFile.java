package cn.nianbao.annualreport.check;

import java.util.Objects;
import java.util.Optional;

/**
 * One input as the checker saw it: its result, and what was kept of the filled form it was read into, when it could
 * be read: the form itself, or something smaller made from it on the checking thread (an export's row, say), so
 * that a batch of thousands never holds thousands of forms.
 *
 * @param <T>    what is kept of the filled form
 * @param result the checking result, as {@code check} reports it
 * @param filled what was kept; empty for an unreadable file or an unknown layout
 */
public record CheckedFile<T>(FileResult result, Optional<T> filled) {

    /** Checks the fields. */
    public CheckedFile {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(filled, "filled");
    }
}
