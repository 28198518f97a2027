package cn.nianbao.annualreport.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The server's own temporary folder, made when it starts (readable by its user only), with a folder for each page
 * session; a session's folder is deleted when the page ends it or after it was left unused, and the whole folder
 * when the server stops.
 */
final class Workspace implements AutoCloseable {

    private final Path root;
    private final ServeLimits limits;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    Workspace(ServeLimits limits, Clock clock) throws IOException {
        this.root = Files.createTempDirectory("nianbao-serve-");
        this.limits = limits;
        this.clock = clock;
    }

    Path root() {
        return root;
    }

    /** A folder of its own for one answer that needs no session (a template); the caller deletes it. */
    Path scratch() throws IOException {
        return Files.createTempDirectory(root, "scratch-");
    }

    /** A new session, with a name no one can guess and a folder of its own. */
    Session open() throws IOException {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        Session session = new Session(id, Files.createDirectory(root.resolve(id)), limits, clock);
        sessions.put(id, session);
        return session;
    }

    /** The session of that name, marked as used, while it lasts. */
    Optional<Session> session(String id) {
        Session session = sessions.get(id);
        if (session != null) {
            session.touch();
        }
        return Optional.ofNullable(session);
    }

    /** Ends a session: forgets it and deletes its folder. */
    void end(String id) {
        Session session = sessions.remove(id);
        if (session != null) {
            delete(session.folder());
        }
    }

    /** Ends every session left unused for longer than the limits keep one. */
    void endIdle() {
        sessions.values().stream().filter(Session::idle).map(Session::id).toList().forEach(this::end);
    }

    /** How many sessions are open. */
    int sessions() {
        return sessions.size();
    }

    /** Ends every session and deletes the server's folder. */
    @Override
    public void close() {
        sessions.clear();
        delete(root);
    }

    /**
     * Deletes a folder and all it holds, as far as it can: a file still open elsewhere (Windows keeps those) or one
     * that went while the folder was walked does not stop the rest from going.
     */
    static void delete(Path folder) {
        List<Path> all;
        try (Stream<Path> walked = Files.walk(folder)) {
            all = walked.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        for (Path path : all) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // left for the next sweep, or for the system's cleaning of temporary files
            }
        }
    }
}
