package cn.nianbao.annualreport.serve;

import java.time.Duration;

/**
 * What the web page accepts: the size of one uploaded file (every upload is one request, so this is also the size
 * of a request), the files and bytes one page session may hold, and how long a session is kept after it was last
 * used.
 *
 * @param fileBytes    the largest file, in bytes
 * @param sessionBytes the most bytes one session holds
 * @param sessionFiles the most files one session holds
 * @param idle         how long an unused session is kept
 */
public record ServeLimits(long fileBytes, long sessionBytes, int sessionFiles, Duration idle) {

    /** 100 MB a file, 4 GB and 20,000 files a session, kept two hours after its last use. */
    public static final ServeLimits DEFAULT = new ServeLimits(100L << 20, 4L << 30, 20_000, Duration.ofHours(2));

    /** The same limits with another largest file. */
    public ServeLimits withFileBytes(long bytes) {
        return new ServeLimits(bytes, sessionBytes, sessionFiles, idle);
    }
}
