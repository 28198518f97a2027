package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.nianbao.annualreport.check.ReportWorkbooks;
import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.SourceKind;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.workbook.Filling;
import cn.nianbao.annualreport.workbook.TemplateOptions;
import cn.nianbao.annualreport.workbook.WorkbookWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * How fast published reports convert, as {@code convert} does it: each report read and its standard workbook written,
 * timed in CPU time on one thread (the median of several runs after warming up), by kind and, for PDFs, per page;
 * beside the floor of writing the blank workbook alone; then the whole set converted in parallel on all cores.
 */
final class ConvertBench {

    /** How often each report is converted for its median. */
    private static final int RUNS = 7;
    /** How often the whole set is converted before timing, for the JIT. */
    private static final int WARM_UP = 3;

    private final TextReportReader reader;
    private final Path scratch;
    private final TerminalText text;

    ConvertBench(TextReportReader reader, Path scratch, TerminalText text) {
        this.reader = reader;
        this.scratch = scratch;
        this.text = text;
    }

    /** One report's time on one thread. */
    record Timing(Path file, SourceKind kind, int pages, double millis) {
    }

    /** Measures the reports that nianbao reads among {@code files} and prints the figures. */
    void run(List<Path> files, int threads, PrintWriter out) throws Exception {
        List<Path> reports = files.stream().filter(f -> SourceKind.of(f).isPresent()).toList();
        for (int i = 0; i < WARM_UP; i++) {
            for (Path file : reports) {
                convert(file, scratch.resolve("warm.xlsx"));
            }
        }
        List<Timing> timings = new ArrayList<>();
        for (Path file : reports) {
            SourceKind kind = SourceKind.of(file).orElseThrow();
            timings.add(new Timing(file, kind, kind == SourceKind.PDF ? pages(file) : 1,
                    median(() -> convert(file, scratch.resolve("one.xlsx")))));
        }
        TemplateOptions blank = new TemplateOptions(Optional.empty(), Optional.empty());
        double floor = median(() -> new WorkbookWriter(FormDefinitions.load().all().get(0))
                .write(blank, Filling.NONE, scratch.resolve("blank.xlsx"), true));
        out.println(text.get("bench-reports", reports.size(), RUNS));
        out.println(text.get("bench-blank", String.format("%.1f", floor)));
        Map<SourceKind, List<Timing>> byKind = new TreeMap<>();
        timings.forEach(t -> byKind.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t));
        byKind.forEach((kind, list) -> {
            double[] each = list.stream().mapToDouble(t -> t.millis() / t.pages()).sorted().toArray();
            out.println(text.get(kind == SourceKind.PDF ? "bench-kind-per-page" : "bench-kind",
                    text.get("kind-" + kind.name()), list.size(), String.format("%.1f", each[each.length / 2]),
                    String.format("%.1f", each[each.length - 1]),
                    String.format("%.1f", each[each.length - 1] / floor)));
        });
        timings.stream().max((a, b) -> Double.compare(a.millis() / a.pages(), b.millis() / b.pages()))
                .ifPresent(t -> out.println(text.get("bench-slowest", t.file(), String.format("%.1f", t.millis()),
                        t.pages())));
        long start = System.nanoTime();
        parallel(reports, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println(text.get("bench-parallel", threads, reports.size(), String.format("%.2f", seconds),
                String.format("%.0f", reports.size() / seconds)));
    }

    private void convert(Path file, Path workbook) throws IOException {
        ExtractedReport report = reader.read(SourceKind.of(file).orElseThrow().read(file));
        if (report.hasTables()) {
            ReportWorkbooks.write(report, workbook);
        }
    }

    private void parallel(List<Path> reports, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                Path file = reports.get(i);
                Path workbook = scratch.resolve("parallel-" + i + ".xlsx");
                futures.add(pool.submit(() -> {
                    convert(file, workbook);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private interface Work {
        void run() throws IOException;
    }

    /** The median CPU time of the work on this thread, in milliseconds: what one core spends, whatever else runs. */
    private static double median(Work work) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = threads.getCurrentThreadCpuTime();
            work.run();
            times[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    private static int pages(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return Math.max(1, document.getNumberOfPages());
        } catch (IOException e) {
            return 1;
        }
    }

    /** A scratch directory for the workbooks written, removed afterwards. */
    static Path scratch() throws IOException {
        return Files.createTempDirectory("nianbao-bench-convert-");
    }

    static void remove(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }
}
