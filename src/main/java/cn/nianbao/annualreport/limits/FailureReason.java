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
 * Why a file could not be read, in Chinese, whatever was thrown while reading it. Our own readers already say why
 * in Chinese and are quoted; what a library throws (English texts such as “Zip bomb detected!” or
 * “BigInteger would overflow”, Java exception texts) is never echoed but named by what it means.
 */
public final class FailureReason {

    private FailureReason() {
    }

    /** The Chinese reason for {@code failure}. */
    public static String of(Throwable failure) {
        if (failure instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
            return of(unchecked.getCause());
        }
        if (failure instanceof FileSystemException) {
            return ofFileSystem(failure);
        }
        String message = failure.getMessage();
        if (message != null && isChinese(message)) {
            return message;
        }
        if (failure instanceof OutOfMemoryError) {
            return "内容过大：读取时内存不足（每个文件可用约 " + FileBatch.MEMORY_SHARE_MB + " MB）";
        }
        if (failure instanceof StackOverflowError) {
            return "内容过大：结构嵌套过深，无法读取";
        }
        if (failure instanceof Error) {
            return "读取时发生严重错误（" + failure.getClass().getSimpleName() + "），已跳过这个文件";
        }
        return ofException(failure);
    }

    /**
     * The reason for {@code failure} in English, where it is one this class names (a file missing, a broken zip,
     * memory, a budget exceeded); empty where the Chinese reason quotes a reader's own words.
     */
    public static Optional<String> english(Throwable failure) {
        if (failure instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
            return english(unchecked.getCause());
        }
        if (failure instanceof BudgetExceeded budget) {
            return Optional.of(budget.english());
        }
        String message = failure.getMessage();
        if (!(failure instanceof FileSystemException) && message != null && isChinese(message)) {
            return Optional.empty();
        }
        if (failure instanceof NoSuchFileException || failure instanceof FileNotFoundException) {
            return Optional.of("the file does not exist or was moved");
        } else if (failure instanceof AccessDeniedException) {
            return Optional.of("no permission to read it");
        } else if (failure instanceof FileSystemException) {
            return Optional.of("the file system refused to read it (" + failure.getClass().getSimpleName() + ")");
        } else if (failure instanceof OutOfMemoryError) {
            return Optional.of("too large: out of memory while reading it (about " + FileBatch.MEMORY_SHARE_MB
                    + " MB per file)");
        } else if (failure instanceof StackOverflowError) {
            return Optional.of("too large: nested too deeply to be read");
        } else if (failure instanceof ZipException) {
            return Optional.of("the zip structure is broken or unusual; the file may be damaged or tampered with");
        } else if (failure instanceof EOFException) {
            return Optional.of("incomplete: the content ends early, perhaps only part of it was copied");
        } else if (failure instanceof CharacterCodingException) {
            return Optional.of("its text encoding cannot be recognised");
        }
        return Optional.of("the content is damaged or not what it should be (" + failure.getClass().getSimpleName()
                + ")");
    }

    /** The messages of these are file names, which may well be Chinese; never quoted. */
    private static String ofFileSystem(Throwable failure) {
        if (failure instanceof NoSuchFileException) {
            return "文件不存在或已被移走";
        }
        if (failure instanceof AccessDeniedException) {
            return "没有读取权限";
        }
        return "文件系统拒绝读取（" + failure.getClass().getSimpleName() + "）";
    }

    private static String ofException(Throwable failure) {
        if (failure instanceof FileNotFoundException) {
            return "文件不存在或无法打开";
        }
        if (failure instanceof ZipException) {
            return "压缩包结构损坏或内容异常，文件可能已损坏或被篡改";
        }
        if (failure instanceof EOFException) {
            return "文件不完整：内容意外结束，可能只下载或复制了一部分";
        }
        if (failure instanceof CharacterCodingException) {
            return "文字编码无法识别";
        }
        if (failure instanceof IOException) {
            return "文件已损坏或格式不符，无法读取（" + failure.getClass().getSimpleName() + "）";
        }
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure && cause.getMessage() != null && isChinese(cause.getMessage())) {
            return cause.getMessage();
        }
        return "文件内容异常，读取失败（" + failure.getClass().getSimpleName() + "）";
    }

    /** Whether a message is written in Chinese (has Han characters), and so is ours to show. */
    static boolean isChinese(String message) {
        return message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
