package cn.nianbao.annualreport.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.FileResult;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.FormDefinitions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao bench}: how fast a batch check runs, beside the floor of merely unzipping and scanning the same
 * files with StAX. The figures quoted in the README come from here.
 */
@Command(name = "bench", sortOptions = false)
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", descriptionKey = "sample")
    private Path sample;

    @Option(names = "--convert", arity = "1..*")
    private List<Path> reports = List.of();

    @Spec
    private CommandSpec spec;

    @Option(names = "--copies", paramLabel = "N")
    private int copies = 2000;

    @Option(names = "--threads", paramLabel = "N")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--process")
    private boolean process;

    @Option(names = "--serve")
    private boolean serve;

    @Option(names = "--localisation")
    private boolean localisation;

    @Option(names = "--rounds")
    private int rounds = 3;

    @Option(names = "--launcher")
    private Path launcher;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    private boolean help;

    @Override
    public Integer call() throws Exception {
        if (!reports.isEmpty()) {
            Path scratch = ConvertBench.scratch();
            try {
                new ConvertBench(TextReportReader.withInstalledLabels(FormDefinitions.load()), scratch,
                        TerminalText.of(spec))
                        .run(Inputs.files(reports, spec), threads, spec.commandLine().getOut());
            } finally {
                ConvertBench.remove(scratch);
            }
            return ExitCodes.OK;
        }
        if (sample == null) {
            throw new ParameterException(spec.commandLine(), TerminalText.of(spec).get("bench-no-sample"));
        }
        if (!Files.isRegularFile(sample)) {
            throw new ParameterException(spec.commandLine(), TerminalText.of(spec).get("bench-sample-missing", sample));
        }
        if (copies < 1 || threads < 1 || rounds < 1) {
            throw new ParameterException(spec.commandLine(), TerminalText.of(spec).get("bench-not-positive"));
        }
        if (localisation) {
            new ProcessBench(List.of(launcher().toString()), spec.commandLine().getOut(), TerminalText.of(spec))
                    .localisation(sample, FormDefinitions.load(), copies, rounds);
            return ExitCodes.OK;
        }
        if (serve) {
            boolean copiesGiven = spec.commandLine().getParseResult().hasMatchedOption("--copies");
            boolean roundsGiven = spec.commandLine().getParseResult().hasMatchedOption("--rounds");
            new ServeBench(List.of(launcher().toString()), spec.commandLine().getOut(), TerminalText.of(spec))
                    .run(sample, copiesGiven ? copies : 200, roundsGiven ? rounds : 5);
            return ExitCodes.OK;
        }
        if (process) {
            boolean copiesGiven = spec.commandLine().getParseResult().hasMatchedOption("--copies");
            new ProcessBench(List.of(launcher().toString()), spec.commandLine().getOut(), TerminalText.of(spec))
                    .run(sample, copiesGiven ? copies : 4000, rounds);
            return ExitCodes.OK;
        }
        Path dir = Files.createTempDirectory("nianbao-bench-");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            Path copy = dir.resolve(String.format("copy-%05d.xlsx", i));
            Files.copy(sample, copy);
            files.add(copy);
        }
        BatchChecker checker = new BatchChecker(FormDefinitions.load(),
                TextReportReader.withInstalledLabels(FormDefinitions.load()));
        checker.check(files.subList(0, Math.min(200, files.size())), threads, (a, b) -> { });
        ScanFloor.scan(files.subList(0, Math.min(200, files.size())), threads);
        long start = System.nanoTime();
        ScanFloor.scan(files, threads);
        double floor = copies / ((System.nanoTime() - start) / 1e9);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        start = System.nanoTime();
        List<FileResult> results = checker.check(files, threads, (a, b) -> { });
        double check = copies / ((System.nanoTime() - start) / 1e9);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        var out = System.out;
        TerminalText text = TerminalText.of(spec);
        out.println(text.get("bench-sample", sample.getFileName(), copies, threads,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        out.println(text.get("bench-floor", String.format("%.0f", floor)));
        out.println(text.get("bench-check", String.format("%.0f", check), String.format("%.1f", floor / check),
                peak >> 20, results.size()));
        for (Path file : files) {
            Files.delete(file);
        }
        Files.delete(dir);
        return ExitCodes.OK;
    }

    /** The launcher {@code --process} runs: as given, or the {@code nianbao} script where nianbao is installed. */
    private Path launcher() {
        Path script = launcher != null ? launcher : Path.of(System.getProperty("nianbao.home", "."), "nianbao");
        if (!Files.isExecutable(script)) {
            throw new ParameterException(spec.commandLine(), "启动命令 " + script + " 不存在或不可执行，请用 --launcher 指定");
        }
        return script.toAbsolutePath();
    }
}
