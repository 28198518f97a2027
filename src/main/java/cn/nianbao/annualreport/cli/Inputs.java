package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The files a command's inputs name, and the checks that keep its outputs from ever replacing one of them. */
final class Inputs {

    private Inputs() {
    }

    /**
     * The files the inputs name, in name order within each input: a folder is searched recursively (following links,
     * each folder once); a folder that cannot be listed or a link that leads nowhere is kept as it is, so that it
     * gets its own {@code unreadable} row; the outputs of this
     * run ({@code outputs}: files, or folders whose whole subtree is skipped) are never read back as inputs. A
     * usage error when an input does not exist or nothing at all is found.
     */
    static List<Path> files(List<Path> inputs, CommandSpec spec, Path... outputs) throws IOException {
        Set<Path> skipped = new HashSet<>();
        for (Path output : outputs) {
            if (output != null) {
                skipped.add(same(output));
            }
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(walk(input, skipped, spec));
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else if (Files.exists(input)) {
                throw new ParameterException(spec.commandLine(), TerminalText.of(spec).get("input-odd", input));
            } else {
                throw new ParameterException(spec.commandLine(), TerminalText.of(spec).get("input-missing", input));
            }
        }
        if (files.isEmpty()) {
            TerminalText text = TerminalText.of(spec);
            throw new ParameterException(spec.commandLine(), text.get("no-files", inputs.stream().map(Path::toString)
                    .collect(Collectors.joining(text.get("list-separator")))));
        }
        return files;
    }

    private static List<Path> walk(Path folder, Set<Path> skipped, CommandSpec spec) throws IOException {
        List<Path> found = new ArrayList<>();
        Set<FileVisitOption> following = EnumSet.of(FileVisitOption.FOLLOW_LINKS);
        Files.walkFileTree(folder, following, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(folder) && skipped.contains(same(dir))) {
                    note(spec, dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (skipped.contains(same(file))) {
                    note(spec, file);
                } else if (attributes.isRegularFile() || attributes.isSymbolicLink()) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!(e instanceof FileSystemLoopException)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    private static void note(CommandSpec spec, Path output) {
        spec.commandLine().getErr().println(TerminalText.of(spec).get("output-skipped", output));
    }

    /**
     * Makes the folder the outputs go to, or a usage error, before any work, when it cannot be made or written to.
     */
    static void outputFolder(Path folder, String what, CommandSpec spec) {
        TerminalText text = TerminalText.of(spec);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), text.get("folder-not-folder", what, folder));
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), text.get("folder-not-made", what, folder,
                    text.reason(e)));
        }
        if (!Files.isWritable(folder)) {
            throw new ParameterException(spec.commandLine(), text.get("folder-not-writable", what, folder));
        }
    }

    /** The input files as the file system names them, to tell whether an output would replace one. */
    static Set<Path> named(List<Path> files) {
        Set<Path> named = new HashSet<>();
        files.forEach(file -> named.add(same(file)));
        return named;
    }

    /**
     * A usage error, before any work, when writing {@code output} would replace one of the inputs (as {@link #named}
     * gives them): nothing a user gave us is ever overwritten.
     */
    static void refuseReplacing(Set<Path> inputs, Path output, String what, CommandSpec spec) {
        if (isInput(inputs, output)) {
            throw new ParameterException(spec.commandLine(), TerminalText.of(spec).get("would-replace-input", what,
                    output));
        }
    }

    /** Whether writing {@code output} would replace one of the inputs (as {@link #named} gives them). */
    static boolean isInput(Set<Path> inputs, Path output) {
        return inputs.contains(same(output));
    }

    /** The path as the file system names it: absolute, normalised, links resolved where the file exists. */
    private static Path same(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
