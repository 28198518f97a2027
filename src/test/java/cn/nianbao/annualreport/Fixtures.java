package cn.nianbao.annualreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reports the tests read, kept in the repository: {@code src/test/resources/reports/<case>/} holds one source
 * file and its {@code expected.json} (unit, year, edition and every cell a careful reader finds). The five seed reports
 * are the cases {@code seed-000} … {@code seed-004}, the three real PDFs {@code real-<name>}.
 */
public final class Fixtures {

    /** Where the golden cases live. */
    public static final Path REPORTS = Path.of("src", "test", "resources", "reports");
    /** The seeds' numbers, {@code 000} to {@code 004}. */
    public static final List<String> SEEDS = List.of("000", "001", "002", "003", "004");
    /** The expectation beside each source. */
    public static final String EXPECTED = "expected.json";

    private Fixtures() {
    }

    /** Every golden case, in name order. */
    public static List<Path> cases() {
        try (Stream<Path> dirs = Files.list(REPORTS)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source file of a case: the one file beside {@code expected.json}. */
    public static Path source(Path caseDir) {
        try (Stream<Path> files = Files.list(caseDir)) {
            List<Path> sources = files.filter(f -> !f.getFileName().toString().equals(EXPECTED)).sorted().toList();
            if (sources.size() != 1) {
                throw new IllegalStateException(caseDir + " should hold one source file beside " + EXPECTED
                        + ", holds " + sources);
            }
            return sources.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seed {@code 000} … {@code 004} as plain text. */
    public static Path seed(String number) {
        return source(REPORTS.resolve("seed-" + number));
    }

    /** All five seeds. */
    public static List<Path> seeds() {
        return SEEDS.stream().map(Fixtures::seed).toList();
    }

    /** What a careful reader found in seed {@code number}. */
    public static Path seedExpected(String number) {
        return REPORTS.resolve("seed-" + number).resolve(EXPECTED);
    }

    /** One of the real PDFs: {@code hongze-district-2023}, {@code hongze-district-2024}, {@code huaian-city-2024}. */
    public static Path realReport(String name) {
        return REPORTS.resolve("real-" + name).resolve(name + ".pdf");
    }

    /** What a careful reader found in a real PDF. */
    public static Path realExpected(String name) {
        return REPORTS.resolve("real-" + name).resolve(EXPECTED);
    }

    /** The lines of a text source, as a list the test may change. */
    public static List<String> lines(Path source) throws IOException {
        return new ArrayList<>(Files.readAllLines(source, StandardCharsets.UTF_8));
    }

    /** The index of the first line containing {@code text}; fails the test when there is none. */
    public static int lineContaining(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line contains " + text);
    }
}
