package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.nianbao.annualreport.form.FormDefinitions;

/**
 * {@code nianbao bench --process}: the check as a clerk runs it, a whole process through the launcher (JVM start
 * and {@code --report} included), timed beside the floor, a process of its own ({@link ScanFloor}) that only
 * unzips the same files and scans their XML. Floor and check alternate round by round, so that whatever else the
 * machine does weighs on both; the figure is the median of the rounds' ratios. Then one file is checked several
 * times through the launcher (twice the rounds and once more), and the median wall time is the start-up figure.
 * The machine's load average before and after is printed with them: above the number of cores, other processes
 * were taking CPU time from both sides, and wall times (the ratio too) are not comparable with an idle machine's.
 */
final class ProcessBench {

    private final List<String> launcher;
    private final PrintWriter out;
    private final TerminalText text;

    /**
     * @param launcher the command that runs nianbao, e.g. the {@code nianbao} script
     * @param out      where the figures go
     * @param text     the words they go in
     */
    ProcessBench(List<String> launcher, PrintWriter out, TerminalText text) {
        this.launcher = List.copyOf(launcher);
        this.out = out;
        this.text = text;
    }

    /** Times {@code rounds} rounds of floor and check on {@code copies} copies of the sample, then one file. */
    void run(Path sample, int copies, int rounds) throws IOException, InterruptedException {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path scratch = Files.createTempDirectory("nianbao-bench-process-");
        try {
            Path batch = Files.createDirectory(scratch.resolve("batch"));
            for (int i = 0; i < copies; i++) {
                Files.copy(sample, batch.resolve(String.format("copy-%05d.xlsx", i)));
            }
            Path one = Files.copy(sample, scratch.resolve("one.xlsx"));
            out.println(text.get("bench-process-sample", sample.getFileName(), copies, rounds,
                    Runtime.getRuntime().availableProcessors(), String.join(" ", launcher)));
            seconds(floor(batch), scratch); // warm-up: the files in the page cache, the launcher's class archive made
            seconds(check(batch, scratch.resolve("warm.json")), scratch);
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                double floor = seconds(floor(batch), scratch);
                double check = seconds(check(batch, scratch.resolve("report-" + round + ".json")), scratch);
                ratios.add(check / floor);
                out.println(text.get("bench-process-round", round, twoPlaces(floor), twoPlaces(check),
                        twoPlaces(check / floor)));
            }
            out.println(text.get("bench-process-batch", twoPlaces(median(ratios)), rounds));
            List<Double> single = new ArrayList<>();
            int runs = 2 * rounds + 1;
            for (int run = 0; run < runs; run++) {
                single.add(seconds(check(one, null), scratch));
            }
            out.println(text.get("bench-process-one", twoPlaces(median(single)), runs));
            printLoad(out, text, loadBefore);
        } finally {
            remove(scratch);
        }
    }

    /**
     * What working out the likely wrong cells costs: {@code files} standard workbooks with errors (variants of the
     * sample, one or two entered figures changed, see {@link ErrorVariants}) checked by {@code nianbao check DIR
     * --report} with the localisation and, in turn, with {@code --no-localise}; the figure is the median of the
     * rounds' ratios (target: at most 1.2).
     */
    void localisation(Path sample, FormDefinitions forms, int files, int rounds)
            throws IOException, InterruptedException {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path scratch = Files.createTempDirectory("nianbao-bench-localisation-");
        try {
            List<Path> variants = ErrorVariants.write(sample, forms, Files.createDirectory(scratch.resolve("variants")),
                    Math.min(files, 50));
            Path batch = Files.createDirectory(scratch.resolve("batch"));
            for (int i = 0; i < files; i++) {
                Files.copy(variants.get(i % variants.size()), batch.resolve(String.format("copy-%05d.xlsx", i)));
            }
            out.println(text.get("bench-localise-sample", sample.getFileName(), files, variants.size(), rounds,
                    Runtime.getRuntime().availableProcessors(), String.join(" ", launcher)));
            seconds(check(batch, scratch.resolve("warm.json")), scratch);
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                List<String> plain = check(batch, scratch.resolve("plain-" + round + ".json"));
                plain.add("--no-localise");
                double without = seconds(plain, scratch);
                double with = seconds(check(batch, scratch.resolve("localised-" + round + ".json")), scratch);
                ratios.add(with / without);
                out.println(text.get("bench-localise-round", round, twoPlaces(without), twoPlaces(with),
                        twoPlaces(with / without)));
            }
            out.println(text.get("bench-localise-batch", twoPlaces(median(ratios)), rounds));
            printLoad(out, text, loadBefore);
        } finally {
            remove(scratch);
        }
    }

    /** The load average before and now: on a loaded machine the figures are not those of an idle one. */
    static void printLoad(PrintWriter out, TerminalText text, double before) {
        out.println(text.get("bench-process-load", oneDecimal(before),
                oneDecimal(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
                Runtime.getRuntime().availableProcessors()));
        out.flush();
    }

    /** The floor: a JVM of the same Java and class path running {@link ScanFloor} on the folder. */
    private static List<String> floor(Path batch) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"), ScanFloor.class.getName(),
                batch.toString());
    }

    private List<String> check(Path input, Path report) {
        List<String> command = new ArrayList<>(launcher);
        command.add("check");
        command.add(input.toString());
        if (report != null) {
            command.add("--report");
            command.add(report.toString());
        }
        return command;
    }

    /** Runs a command to its end and returns its wall time; a failure (exit code above 1) stops the bench. */
    static double seconds(List<String> command, Path scratch) throws IOException, InterruptedException {
        Path err = scratch.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        long start = System.nanoTime();
        int code = builder.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code > ExitCodes.FINDINGS) {
            throw new IOException("测量中的命令失败（退出码 " + code + "）：" + String.join(" ", command) + "\n"
                    + Files.readString(err, StandardCharsets.UTF_8).strip());
        }
        return seconds;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static void remove(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** A load average with one decimal, or ? where the system has none. */
    private static String oneDecimal(double load) {
        return load < 0 ? "?" : String.format(Locale.ROOT, "%.1f", load);
    }

    static String twoPlaces(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
