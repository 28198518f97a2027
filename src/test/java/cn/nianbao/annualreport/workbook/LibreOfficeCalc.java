package cn.nianbao.annualreport.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Opens workbooks in LibreOffice Calc, headless, and saves them again: as .xlsx, so that tests can read the
 * formula results a real spreadsheet application computes, or as .xls, as an older program would have saved them.
 *
 * <p>Each run uses a fresh user profile whose settings make Calc recompute every formula on load instead of
 * trusting the cached values stored in the file; the files are then saved with the new results cached. A missing
 * {@code soffice} is an error, not a reason to skip: CI installs LibreOffice.
 *
 * <pre>{@code
 * Path recalculated = LibreOfficeCalc.recalculate(Path.of("t.xlsx"));
 * Path old = LibreOfficeCalc.saveAs(List.of(Path.of("t.xlsx")), LibreOfficeCalc.XLS).get(0);
 * }</pre>
 */
public final class LibreOfficeCalc {

    /** Excel 2007–365 (.xlsx). */
    public static final String XLSX = "xlsx:Calc MS Excel 2007 XML";

    /** Excel 97–2003 (.xls). */
    public static final String XLS = "xls:MS Excel 97";

    /** How long one soffice run may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(180);

    private static final List<Path> USUAL_PLACES = List.of(Path.of("/usr/bin/soffice"),
            Path.of("/usr/lib/libreoffice/program/soffice"), Path.of("/opt/libreoffice/program/soffice"),
            Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));

    /** Always recalculate on load, for both OOXML and ODF files (0 = always, 1 = never, 2 = ask). */
    private static final String ALWAYS_RECALCULATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
            xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
            <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
            <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """;

    private LibreOfficeCalc() {
    }

    /**
     * Recalculates one workbook.
     *
     * @param xlsx the workbook to recalculate; left unchanged
     * @return the recalculated copy, in a new directory next to {@code xlsx}
     */
    public static Path recalculate(Path xlsx) {
        return recalculate(List.of(xlsx)).get(0);
    }

    /**
     * Recalculates several workbooks in one soffice run (each run costs seconds).
     *
     * @param files the workbooks, with distinct file names; left unchanged
     * @return the recalculated copies, in the same order, in a new directory next to the first file
     */
    public static List<Path> recalculate(List<Path> files) {
        return saveAs(files, XLSX);
    }

    /**
     * Opens several workbooks in one soffice run, recalculates them and saves them in another format.
     *
     * @param files  the workbooks, with distinct file names; left unchanged
     * @param filter {@link #XLSX} or {@link #XLS}
     * @return the saved copies, in the same order, in a new directory next to the first file
     */
    public static List<Path> saveAs(List<Path> files, String filter) {
        String extension = "." + filter.substring(0, filter.indexOf(':'));
        if (files.isEmpty()) {
            return List.of();
        }
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("没有这个文件：" + file);
            }
            if (!names.add(file.getFileName().toString())) {
                throw new IllegalArgumentException("文件名重复，输出会互相覆盖：" + file.getFileName());
            }
        }
        Path soffice = soffice();
        Path profile = null;
        try {
            Path parent = files.get(0).toAbsolutePath().getParent();
            Path out = Files.createTempDirectory(parent, "recalculated-");
            profile = Files.createTempDirectory("libreoffice-profile-");
            Files.createDirectories(profile.resolve("user"));
            Files.writeString(profile.resolve("user/registrymodifications.xcu"), ALWAYS_RECALCULATE,
                    StandardCharsets.UTF_8);
            Path log = profile.resolve("soffice-output.txt");
            List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
                    "--nologo", "--nodefault", "--nolockcheck",
                    "-env:UserInstallation=" + profile.toUri().toString().replaceAll("/$", ""),
                    "--convert-to", filter, "--outdir", out.toString()));
            files.forEach(f -> command.add(f.toAbsolutePath().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().put("HOME", profile.toString());
            Process process = builder.start();
            boolean finished;
            try {
                finished = process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                stop(process);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("等待 LibreOffice 时被中断", e);
            }
            if (!finished) {
                stop(process);
                throw new IllegalStateException("LibreOffice 在 " + TIMEOUT.toSeconds() + " 秒内没有完成转换："
                        + String.join(" ", command) + "\n" + read(log));
            }
            int exit = process.exitValue();
            List<Path> results = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Path file : files) {
                String name = file.getFileName().toString();
                Path result = out.resolve(name.replaceAll("\\.[^.]*$", "") + extension);
                if (Files.isRegularFile(result) && Files.size(result) > 0) {
                    results.add(result);
                } else {
                    missing.add(name);
                }
            }
            if (exit != 0 || !missing.isEmpty()) {
                throw new IllegalStateException("LibreOffice 重新计算失败（退出码 " + exit + "，没有生成："
                        + missing + "）：" + String.join(" ", command) + "\n" + read(log));
            }
            return List.copyOf(results);
        } catch (IOException e) {
            throw new UncheckedIOException("运行 LibreOffice 失败：" + soffice, e);
        } finally {
            if (profile != null) {
                deleteQuietly(profile);
            }
        }
    }

    /** The soffice program: on PATH, or in one of the usual places; an error when LibreOffice is missing. */
    static Path soffice() {
        Stream<Path> onPath = Stream.of(Optional.ofNullable(System.getenv("PATH")).orElse("")
                .split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).map(dir -> Path.of(dir, "soffice"));
        return Stream.concat(onPath, USUAL_PLACES.stream()).filter(Files::isRegularFile).filter(Files::isExecutable)
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "找不到 LibreOffice 的 soffice（PATH、/usr/bin/soffice、/usr/lib/libreoffice/program/soffice）。"
                                + "这些测试需要 LibreOffice Calc，例如 apt-get install libreoffice-calc-nogui"));
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String read(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "（soffice 没有输出）" : "soffice 输出：\n" + text;
        } catch (IOException e) {
            return "（读不到 soffice 的输出：" + e.getMessage() + "）";
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover temp file is harmless
                }
            });
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }
}
