package cn.nianbao.annualreport.serve;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How the page runs nianbao's commands: each in a Java process of its own, as the command line would. */
public final class CommandProcess {

    /** The class of nianbao's command line. */
    private static final String MAIN = "cn.nianbao.annualreport.cli.Main";

    /** The options of this Java that a command run for the page gets too: nianbao's settings, heap, compilers. */
    private static final Pattern PASSED_ON = Pattern.compile(
            "-D(nianbao\\..*)=.*|-Xmx.*|-XX:(SharedArchiveFile=.*|TieredStopAtLevel=.*|\\+UseSerialGC)|-Xlog:cds.*");

    private CommandProcess() {
    }

    /**
     * Runs one of nianbao's commands in a process of its own, in {@code folder}, as the command line would: the same
     * Java, class path and nianbao settings as this process, its printing in UTF-8. A process of its own, so that a
     * command that runs out of memory or is stopped leaves the page running, and so that relative paths, as the
     * inputs are given, resolve in the folder.
     */
    public static CommandRun run(List<String> args, Path folder) throws IOException {
        List<String> line = new ArrayList<>();
        line.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
                "java").toString()));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(PASSED_ON.asMatchPredicate())
                .forEach(line::add);
        line.addAll(List.of("-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
                "-Dsun.stderr.encoding=UTF-8", "-cp", classPath(), MAIN));
        line.addAll(args);
        Path out = Files.createTempFile(folder.getParent(), "out-", ".txt");
        Path err = Files.createTempFile(folder.getParent(), "err-", ".txt");
        Process process = new ProcessBuilder(line).directory(folder.toFile()).redirectInput(
                ProcessBuilder.Redirect.from(new File(nullDevice()))).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        try {
            int code = process.waitFor();
            return new CommandRun(code, Files.readString(out), Files.readString(err));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** This process's class path, each part absolute (the command runs in another folder). */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(part -> Path.of(part).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "NUL" : "/dev/null";
    }
}
