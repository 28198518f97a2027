package cn.nianbao.annualreport.extract;

import java.util.List;

import cn.nianbao.annualreport.limits.BudgetExceeded;

/**
 * A library reports are read with, to tell its failures on a damaged or hostile file (thrown with English messages,
 * or as runtime exceptions) from nianbao's own: the reader turns the former into one Chinese reason at its boundary
 * and lets the latter through, so that a bug is never hidden as a damaged file.
 */
enum Library {
    /** PDFBox and its font parser. */
    PDFBOX(List.of("org.apache.pdfbox.", "org.apache.fontbox.")),
    /** POI, its XML beans and the zip reading under it. */
    POI(List.of("org.apache.poi.", "org.apache.xmlbeans.", "org.openxmlformats.", "org.apache.commons.compress.",
            "org.apache.commons.io.", "java.util.zip."));

    private static final String OWN = "cn.nianbao.";

    private final List<String> packages;

    Library(List<String> packages) {
        this.packages = packages;
    }

    /**
     * Whether the library threw {@code failure}: of its frames, innermost first, one of the library's comes before any
     * of nianbao's (a failure in nianbao code that the library calls back is nianbao's). A failure without frames (the
     * JVM leaves them out of exceptions thrown often at one place) counts as the library's: the file is then refused
     * with a reason the user can act on. {@link BudgetExceeded}, nianbao's own refusal, never does.
     */
    boolean threw(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        if (failure instanceof BudgetExceeded) {
            return false;
        }
        if (frames.length == 0) {
            return true;
        }
        for (StackTraceElement frame : frames) {
            String type = frame.getClassName();
            if (type.startsWith(OWN)) {
                return false;
            }
            if (packages.stream().anyMatch(type::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
