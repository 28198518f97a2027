package cn.nianbao.annualreport.serve;

import java.util.List;

/**
 * What running one of nianbao's commands in the server's process gave: its exit code and what it printed.
 *
 * @param exitCode the exit code (0 done, 1 findings or files not read, 2 usage error, 3 internal failure)
 * @param out      what it printed on standard output
 * @param err      what it printed on standard error
 */
public record CommandRun(int exitCode, String out, String err) {

    /** Runs nianbao's commands as the command line does, in the server's process. */
    @FunctionalInterface
    public interface Runner {
        /** Runs the command line {@code args} (the command's name first) and returns what it gave. */
        CommandRun run(List<String> args);
    }

    /** Whether the command did its work: done, or done with findings to show. */
    public boolean worked() {
        return exitCode <= 1;
    }
}
