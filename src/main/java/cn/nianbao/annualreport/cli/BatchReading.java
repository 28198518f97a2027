package cn.nianbao.annualreport.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.CheckedFile;
import cn.nianbao.annualreport.check.FilledForm;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How {@code check}, {@code export} and {@code merge} read their inputs: in parallel on {@code --threads} threads,
 * with a progress bar on a terminal. A picocli mixin.
 */
final class BatchReading {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "并行线程数（默认：CPU 核数）。")
    private int threads = Runtime.getRuntime().availableProcessors();

    /** Reads and checks the files, keeping what {@code keep} makes of each readable one (see BatchChecker). */
    <T> List<CheckedFile<T>> read(BatchChecker checker, List<Path> files, Function<CheckedFile<FilledForm>, T> keep) {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads 应为正整数：" + threads);
        }
        ProgressBar bar = ProgressBar.onTerminal(spec.commandLine().getErr(), files.size());
        List<CheckedFile<T>> read = checker.read(files, threads, bar::show, keep);
        bar.clear();
        return read;
    }
}
