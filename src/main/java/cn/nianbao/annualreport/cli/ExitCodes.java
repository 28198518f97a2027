package cn.nianbao.annualreport.cli;

/** The exit codes of every command, as documented in the README. */
final class ExitCodes {

    /** Success: nothing wrong was found. */
    public static final int OK = 0;
    /** Findings, or inputs that could not be read. */
    public static final int FINDINGS = 1;
    /** The command line was wrong: unknown edition, impossible year, existing output, unwritable path… */
    public static final int USAGE = 2;
    /** An internal failure: a bug, or output that could not be written. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
