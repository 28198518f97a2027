package cn.nianbao.annualreport.check;

import java.util.Objects;
import java.util.Optional;

/**
 * One input as the checker saw it: its result, and the filled form it was read into when it could be read.
 *
 * @param result the checking result, as {@code check} reports it
 * @param filled the tables as entered or printed; empty for an unreadable file or an unknown layout
 */
public record CheckedFile(FileResult result, Optional<FilledForm> filled) {

    /** Checks the fields. */
    public CheckedFile {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(filled, "filled");
    }
}
