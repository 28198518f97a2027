package cn.nianbao.annualreport.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What running one of nianbao's commands in the server's process gave: its exit code and what it printed.
 *
 * @param exitCode the exit code (0 done, 1 findings or files not read, 2 usage error, 3 internal failure)
 * @param out      what it printed on standard output
 * @param err      what it printed on standard error
 */
public record CommandRun(int exitCode, String out, String err) {

    /** Runs nianbao's commands as the command line does. */
    @FunctionalInterface
    public interface Runner {
        /**
         * Runs the command line {@code args} (the command's name first) in {@code folder}, against which relative
         * paths among them are resolved, and returns what it gave.
         */
        CommandRun run(List<String> args, Path folder) throws IOException;
    }

    /** Whether the command did its work: done, or done with findings to show. */
    public boolean worked() {
        return exitCode <= 1;
    }
}
