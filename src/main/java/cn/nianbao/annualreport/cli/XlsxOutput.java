package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Year;
import java.util.Locale;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The .xlsx file a command writes, checked before any work is done, and written whole or not at all.
 *
 * @param given  the path as the user gave it, for messages
 * @param target the same path, absolute
 */
record XlsxOutput(Path given, Path target) {

    /** No annual report in either edition's format exists before this year. */
    static final int FIRST_REPORT_YEAR = 2019;

    /** Writes a workbook to a path. */
    @FunctionalInterface
    interface Body {
        void write(Path file) throws IOException;
    }

    /**
     * The output, once it is known to end in .xlsx, to be no directory, to sit in a writable directory and not to
     * exist already unless {@code force}; a usage error otherwise.
     */
    static XlsxOutput of(Path given, boolean force, CommandSpec spec) {
        Path target = given.toAbsolutePath().normalize();
        Path dir = target.getParent();
        String problem = null;
        if (Files.isDirectory(target)) {
            problem = "输出路径 " + given + " 是一个目录，请给出 .xlsx 文件名";
        } else if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            problem = "输出文件应以 .xlsx 结尾：" + given;
        } else if (Files.exists(target) && !force) {
            problem = "输出文件 " + given + " 已存在；如要覆盖请加 --force";
        } else if (dir == null || !Files.isDirectory(dir)) {
            problem = "输出目录 " + (dir == null ? given : dir) + " 不存在";
        } else if (!Files.isWritable(dir)) {
            problem = "输出目录 " + dir + " 不可写";
        }
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
        return new XlsxOutput(given, target);
    }

    /** A usage error unless the year is one an annual report can be for: 2019 up to next year. */
    static void checkYear(int year, String what, CommandSpec spec) {
        int latest = Year.now().getValue() + 1;
        if (year < FIRST_REPORT_YEAR || year > latest) {
            throw new ParameterException(spec.commandLine(), what + " " + year + " 不可能：应在 " + FIRST_REPORT_YEAR
                    + " 至 " + latest + " 之间");
        }
    }

    /**
     * Writes beside the target and moves the file into place, so that a failed write never leaves half a workbook;
     * a plain new file (not a temp file), so that it gets the user's usual permissions.
     */
    void write(Body body) throws IOException {
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            body.write(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
