package cn.nianbao.annualreport.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.CheckedFile;
import cn.nianbao.annualreport.check.FilledForm;
import cn.nianbao.annualreport.limits.FileBatch;
import cn.nianbao.annualreport.limits.FileBudget;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How {@code check}, {@code convert}, {@code export} and {@code merge} work through their inputs: in parallel on
 * as many threads as there are cores and as the heap holds shares of memory, each file within its deadline, with a
 * progress bar on a terminal. A picocli mixin.
 */
final class BatchReading {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "并行线程数（默认：CPU 核数；不超过内存可容纳的数目，每个文件约 "
            + FileBatch.MEMORY_SHARE_MB + " MB）。")
    private Integer threads;

    @Option(names = "--deadline", paramLabel = "秒", description = "每个文件的处理时限（默认 20 秒）；超时的文件记为无法读取（处理超时），其余照常处理。")
    private long deadline = FileBudget.DEFAULT_DEADLINE.toSeconds();

    private FileBatch.Settings settings;

    /**
     * The threads and the deadline, once they are known to be sane; says so (once) when the heap holds fewer
     * threads than asked for.
     */
    FileBatch.Settings settings() {
        if (settings == null) {
            settings = checkedSettings();
        }
        return settings;
    }

    private FileBatch.Settings checkedSettings() {
        int cores = Runtime.getRuntime().availableProcessors();
        int wanted = threads == null ? cores : threads;
        if (wanted < 1) {
            throw new ParameterException(spec.commandLine(), "--threads 应为正整数：" + wanted);
        }
        if (deadline < 1) {
            throw new ParameterException(spec.commandLine(), "--deadline 应为正整数秒：" + deadline);
        }
        int held = FileBatch.Settings.threadsTheHeapHolds();
        if (wanted > held) {
            spec.commandLine().getErr().printf("注意：内存只够 %d 个文件同时处理（每个约 %d MB），--threads %d 按 %d 执行%n",
                    held, FileBatch.MEMORY_SHARE_MB, wanted, held);
        }
        return new FileBatch.Settings(Math.min(wanted, held), Duration.ofSeconds(deadline));
    }

    /** A progress bar for {@code total} files, on a terminal only. */
    ProgressBar progressBar(int total) {
        return ProgressBar.onTerminal(spec.commandLine().getErr(), total);
    }

    /**
     * Reads and checks the files, keeping what {@code keep} makes of each readable one (see BatchChecker); each
     * file is told to {@code finished} as soon as it and the files before it are done.
     */
    <T> List<CheckedFile<T>> read(BatchChecker checker, List<Path> files, Function<CheckedFile<FilledForm>, T> keep,
            FileBatch.Listener<CheckedFile<T>> finished) {
        FileBatch.Settings settings = settings();
        ProgressBar bar = progressBar(files.size());
        List<CheckedFile<T>> read = checker.read(files, settings, bar.around(finished), keep);
        bar.clear();
        return read;
    }

    /** Reads and checks the files, keeping what {@code keep} makes of each readable one (see BatchChecker). */
    <T> List<CheckedFile<T>> read(BatchChecker checker, List<Path> files, Function<CheckedFile<FilledForm>, T> keep) {
        return read(checker, files, keep, (index, checked) -> { });
    }
}
