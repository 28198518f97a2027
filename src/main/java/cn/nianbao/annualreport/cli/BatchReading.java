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

    @Option(names = "--threads", paramLabel = "N")
    private Integer threads;

    @Option(names = "--deadline")
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
            throw new ParameterException(spec.commandLine(), TerminalText.of(spec).get("threads-not-positive", wanted));
        }
        if (deadline < 1) {
            throw new ParameterException(spec.commandLine(), TerminalText.of(spec).get("deadline-not-positive",
                    deadline));
        }
        int held = FileBatch.Settings.threadsTheHeapHolds();
        if (wanted > held) {
            spec.commandLine().getErr().println(TerminalText.of(spec).get("threads-limited", held,
                    FileBatch.MEMORY_SHARE_MB, wanted, held));
        }
        return new FileBatch.Settings(Math.min(wanted, held), Duration.ofSeconds(deadline));
    }

    /** A progress bar for {@code total} files, on a terminal only. */
    ProgressBar progressBar(int total) {
        return ProgressBar.onTerminal(spec.commandLine().getErr(), total, TerminalText.of(spec));
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
