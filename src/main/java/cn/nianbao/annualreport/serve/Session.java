package cn.nianbao.annualreport.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import cn.nianbao.annualreport.check.FileResult;

/**
 * What one page in a browser sent and got: its uploads, stored in a folder of its own inside the server's, the check
 * result of each upload checked, and the files the commands it ran wrote. Sessions never share a folder or a result.
 */
final class Session {

    private final String id;
    private final Path folder;
    private final ServeLimits limits;
    private final Clock clock;
    private final AtomicInteger numbers = new AtomicInteger();
    private final List<Upload> uploads = new ArrayList<>();
    private final Map<Integer, FileResult> results = new TreeMap<>();
    private final List<Path> produced = new ArrayList<>();
    private long bytes;
    private volatile Instant lastUsed;

    Session(String id, Path folder, ServeLimits limits, Clock clock) {
        this.id = id;
        this.folder = folder;
        this.limits = limits;
        this.clock = clock;
        this.lastUsed = clock.instant();
    }

    String id() {
        return id;
    }

    Path folder() {
        return folder;
    }

    /** Marks the session as used now. */
    void touch() {
        lastUsed = clock.instant();
    }

    /** Whether the session was last used longer ago than the limits keep one. */
    boolean idle() {
        return lastUsed.plus(limits.idle()).isBefore(clock.instant());
    }

    /**
     * Stores an uploaded file under a folder numbered for it, reading at most the largest file's bytes; beyond them
     * (or beyond what the session may hold) nothing is kept and {@link TooLarge} says which limit was passed.
     */
    Upload store(UploadName name, InputStream body) throws IOException, TooLarge {
        synchronized (this) {
            if (uploads.size() >= limits.sessionFiles()) {
                throw new TooLarge(TooLarge.Limit.SESSION_FILES, limits.sessionFiles());
            }
        }
        Path dir = folder.resolve("uploads").resolve(Integer.toString(numbers.getAndIncrement()));
        Files.createDirectories(dir);
        Path file = dir.resolve(name.stored());
        long size = copyAtMost(body, file, limits.fileBytes());
        if (size < 0) {
            Files.deleteIfExists(file);
            throw new TooLarge(TooLarge.Limit.FILE, limits.fileBytes());
        }
        synchronized (this) {
            if (bytes + size > limits.sessionBytes()) {
                Files.deleteIfExists(file);
                throw new TooLarge(TooLarge.Limit.SESSION_BYTES, limits.sessionBytes());
            }
            bytes += size;
            Upload upload = new Upload(uploads.size(), name, file, size);
            uploads.add(upload);
            return upload;
        }
    }

    /** Copies the body to the file; -1 (with the file partly written) when it holds more than {@code most} bytes. */
    private static long copyAtMost(InputStream body, Path file, long most) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                copied += n;
                if (copied > most) {
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        return copied;
    }

    /** A folder of its own for a command's output. */
    Path newFolder(String kind) throws IOException {
        Path dir = folder.resolve(kind).resolve(Integer.toString(numbers.getAndIncrement()));
        return Files.createDirectories(dir);
    }

    synchronized List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    synchronized Optional<Upload> upload(int index) {
        return index >= 0 && index < uploads.size() ? Optional.of(uploads.get(index)) : Optional.empty();
    }

    /** Keeps the check result of an upload. */
    synchronized void checked(Upload upload, FileResult result) {
        results.put(upload.index(), result);
    }

    /** The check results so far, by upload number, in the order of the uploads. */
    synchronized Map<Integer, FileResult> results() {
        return new TreeMap<>(results);
    }

    /** Replaces the check results (once the batch is compared across years). */
    synchronized void replaceResults(Map<Integer, FileResult> compared) {
        results.putAll(compared);
    }

    /** Keeps a file a command wrote, to be downloaded; its number. */
    synchronized int produced(Path file) {
        produced.add(file);
        return produced.size() - 1;
    }

    /** A file a command wrote, by its number. */
    synchronized Optional<Path> produced(int number) {
        return number >= 0 && number < produced.size() ? Optional.of(produced.get(number)) : Optional.empty();
    }

    /** A limit an upload passed. */
    static final class TooLarge extends Exception {

        private static final long serialVersionUID = 1L;

        /** Which limit. */
        enum Limit { FILE, SESSION_BYTES, SESSION_FILES }

        private final Limit limit;
        private final long most;

        TooLarge(Limit limit, long most) {
            super(limit + " " + most, null, false, false);
            this.limit = limit;
            this.most = most;
        }

        Limit limit() {
            return limit;
        }

        long most() {
            return most;
        }
    }
}
