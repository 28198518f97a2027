package cn.nianbao.annualreport.limits;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * Why a file could not be read, whatever was thrown while reading it, as a {@link Reason} said in Chinese or English.
 * Our own readers refuse a file with a reason ({@link ReadRefusal}, {@link BudgetExceeded}); what a library throws
 * (English texts such as “Zip bomb detected!” or “BigInteger would overflow”, Java exception texts) is never echoed
 * but named by what it means.
 */
public final class FailureReason {

    private FailureReason() {
    }

    /** The Chinese reason for {@code failure}. */
    public static String of(Throwable failure) {
        return named(failure).map(Reason::chinese).orElseGet(() -> quoted(failure));
    }

    /**
     * The reason for {@code failure} in English; empty only where a Chinese message was thrown without a reason
     * (the Chinese text is then quoted as it is).
     */
    public static Optional<String> english(Throwable failure) {
        return named(failure).map(Reason::english);
    }

    /** What {@code failure} means; empty only for a Chinese message thrown without a reason, which is quoted. */
    public static Optional<Reason> named(Throwable failure) {
        if (failure instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
            return named(unchecked.getCause());
        }
        Optional<Reason> given = given(failure);
        if (given.isPresent()) {
            return given;
        }
        if (failure instanceof FileSystemException) {
            return Optional.of(ofFileSystem(failure));
        }
        if (isChinese(failure.getMessage())) {
            return Optional.empty();
        }
        if (failure instanceof OutOfMemoryError) {
            return Optional.of(Reason.of("out-of-memory", "megabytes", FileBatch.MEMORY_SHARE_MB));
        }
        if (failure instanceof StackOverflowError) {
            return Optional.of(Reason.of("nested-too-deeply"));
        }
        if (failure instanceof Error) {
            return Optional.of(Reason.of("severe-error", "error", failure.getClass().getSimpleName()));
        }
        return ofException(failure);
    }

    /** The reason one of our readers gave. */
    private static Optional<Reason> given(Throwable failure) {
        if (failure instanceof ReadRefusal refusal) {
            return Optional.of(refusal.reason());
        }
        if (failure instanceof BudgetExceeded budget) {
            return Optional.of(budget.reason());
        }
        return Optional.empty();
    }

    /** The messages of these are file names, which may well be Chinese; never quoted. */
    private static Reason ofFileSystem(Throwable failure) {
        if (failure instanceof NoSuchFileException) {
            return Reason.of("no-such-file");
        }
        if (failure instanceof AccessDeniedException) {
            return Reason.of("access-denied");
        }
        return Reason.of("file-system", "error", failure.getClass().getSimpleName());
    }

    private static Optional<Reason> ofException(Throwable failure) {
        if (failure instanceof FileNotFoundException) {
            return Optional.of(Reason.of("not-found"));
        }
        if (failure instanceof ZipException) {
            return Optional.of(Reason.of("zip-broken"));
        }
        if (failure instanceof EOFException) {
            return Optional.of(Reason.of("cut-off"));
        }
        if (failure instanceof CharacterCodingException) {
            return Optional.of(Reason.of("encoding"));
        }
        if (failure instanceof IOException) {
            return Optional.of(Reason.of("damaged", "error", failure.getClass().getSimpleName()));
        }
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure) {
            Optional<Reason> given = given(cause);
            if (given.isPresent() || isChinese(cause.getMessage())) {
                return given;
            }
        }
        return Optional.of(Reason.of("failed", "error", failure.getClass().getSimpleName()));
    }

    /** A Chinese message thrown without a reason: the failure's own, or else its cause's. */
    private static String quoted(Throwable failure) {
        if (failure instanceof UncheckedIOException && failure.getCause() != null) {
            return quoted(failure.getCause());
        }
        return isChinese(failure.getMessage()) ? failure.getMessage() : failure.getCause().getMessage();
    }

    /** Whether a message is written in Chinese (has Han characters), and so is ours to show. */
    static boolean isChinese(String message) {
        return message != null && message.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
