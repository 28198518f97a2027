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
@Command(name = "bench", description = "性能测试：把一本工作簿复制成 N 份，测量批量校验的速度和内存，并与只解压、只扫描 XML 的下限对比；加 --convert 则测量转换报告的速度。",
        synopsisHeading = "用法：", descriptionHeading = "%n", parameterListHeading = "%n参数：%n",
        optionListHeading = "%n选项：%n", sortOptions = false)
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "工作簿", description = "作为样本的标准工作簿（测量校验速度）。")
    private Path sample;

    @Option(names = "--convert", arity = "1..*", paramLabel = "报告",
            description = "改为测量转换速度：这些报告文件或目录（递归查找）逐个在单线程上转换，按类型给出中位数和最慢的时间（PDF 按页），再在全部核上并行转换一遍。")
    private List<Path> reports = List.of();

    @Spec
    private CommandSpec spec;

    @Option(names = "--copies", paramLabel = "N", description = "复制多少份（默认 2000）。")
    private int copies = 2000;

    @Option(names = "--threads", paramLabel = "N", description = "线程数（默认：CPU 核数）。")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--process", description = "改为测量整个进程：经启动脚本运行 nianbao check 目录 --report（含 JVM 启动），与只解压、只扫描 XML 的下限进程交替计时（默认 4000 份、3 轮），再测单个文件的 nianbao check（2×轮数+1 次取中位数）。")
    private boolean process;

    @Option(names = "--rounds", paramLabel = "N", description = "--process 的轮数（默认 3）。")
    private int rounds = 3;

    @Option(names = "--launcher", paramLabel = "命令", description = "--process 用的启动命令（默认：安装目录中的 nianbao 脚本）。")
    private Path launcher;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出。")
    private boolean help;

    @Override
    public Integer call() throws Exception {
        if (!reports.isEmpty()) {
            Path scratch = ConvertBench.scratch();
            try {
                new ConvertBench(TextReportReader.withInstalledLabels(FormDefinitions.load()), scratch)
                        .run(Inputs.files(reports, spec), threads, spec.commandLine().getOut());
            } finally {
                ConvertBench.remove(scratch);
            }
            return ExitCodes.OK;
        }
        if (sample == null) {
            throw new ParameterException(spec.commandLine(), "请给出样本工作簿，或用 --convert 给出要测量转换速度的报告");
        }
        if (!Files.isRegularFile(sample)) {
            throw new ParameterException(spec.commandLine(), "样本工作簿 " + sample + " 不存在或不是文件");
        }
        if (copies < 1 || threads < 1 || rounds < 1) {
            throw new ParameterException(spec.commandLine(), "--copies、--threads 和 --rounds 应为正整数");
        }
        if (process) {
            boolean copiesGiven = spec.commandLine().getParseResult().hasMatchedOption("--copies");
            new ProcessBench(List.of(launcher().toString()), spec.commandLine().getOut())
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
        out.printf("样本 %s，%d 份，%d 线程，%d 核，最大堆 %d MB%n", sample.getFileName(), copies, threads,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf("下限（解压并用 StAX 扫描全部 XML）：%.0f 个/秒%n", floor);
        out.printf("批量校验：%.0f 个/秒（下限的 %.1f 倍时间），堆峰值约 %d MB，%d 个结果%n", check, floor / check,
                peak >> 20, results.size());
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
