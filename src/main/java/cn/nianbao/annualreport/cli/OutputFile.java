package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A file a command writes (a workbook, a report, an export), checked before any work is done, and written whole or
 * not at all.
 *
 * @param given  the path as the user gave it, for messages
 * @param target the same path, absolute
 */
record OutputFile(Path given, Path target) {

    /** No annual report in either edition's format exists before this year. */
    static final int FIRST_REPORT_YEAR = 2019;

    /** Writes the output's content to a path. */
    @FunctionalInterface
    interface Body {
        void write(Path file) throws IOException;
    }

    /** An .xlsx output, checked as {@link #of(Path, List, boolean, Set, CommandSpec)} checks. */
    static OutputFile of(Path given, boolean force, CommandSpec spec) {
        return of(given, List.of(".xlsx"), force, Set.of(), spec);
    }

    /**
     * The output, once it is known to end in one of the {@code extensions}, to be no directory and none of the
     * {@code inputs} (as {@link Inputs#named} gives them), to sit in a writable directory and not to exist already
     * unless {@code force}; a usage error otherwise, before any work.
     */
    static OutputFile of(Path given, List<String> extensions, boolean force, Set<Path> inputs, CommandSpec spec) {
        Path target = given.toAbsolutePath().normalize();
        Path dir = target.getParent();
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        TerminalText text = TerminalText.of(spec);
        String problem = null;
        if (Files.isDirectory(target)) {
            problem = text.get("output-is-folder", given);
        } else if (extensions.stream().noneMatch(name::endsWith)) {
            problem = text.get("output-extension", String.join(text.get("list-separator"), extensions), given);
        } else if (Inputs.isInput(inputs, target)) {
            problem = text.get("would-replace-input", text.get("output-file"), given);
        } else if (Files.exists(target) && !force) {
            problem = text.get("output-file-exists", given);
        } else if (dir == null || !Files.isDirectory(dir)) {
            problem = text.get("output-folder-missing", dir == null ? given : dir);
        } else if (!Files.isWritable(dir)) {
            problem = text.get("folder-not-writable", text.get("output-folder"), dir);
        }
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
        return new OutputFile(given, target);
    }

    /** A usage error unless the year is one an annual report can be for: 2019 up to next year. */
    static void checkYear(int year, String what, CommandSpec spec) {
        int latest = Year.now().getValue() + 1;
        if (year < FIRST_REPORT_YEAR || year > latest) {
            throw new ParameterException(spec.commandLine(), TerminalText.of(spec).get("year-impossible", what, year,
                    FIRST_REPORT_YEAR, latest));
        }
    }

    /**
     * Writes beside the target and moves the file into place, so that a failed write never leaves half a file; a
     * plain new file (not a temp file), so that it gets the user's usual permissions.
     */
    void write(Body body) throws IOException {
        write(target, body);
    }

    /** Writes {@code target} whole or not at all, as {@link #write(Body)} does. */
    static void write(Path target, Body body) throws IOException {
        Path partial = target.resolveSibling(".part-" + target.getFileName());
        try {
            body.write(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
