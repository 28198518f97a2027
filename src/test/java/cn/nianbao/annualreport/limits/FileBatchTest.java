package cn.nianbao.annualreport.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** One file never stops a batch: whatever it throws or however long it runs, it gets its own row. */
@Tag("hostile")
class FileBatchTest {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private static List<Path> files(int count) {
        return IntStream.range(0, count).mapToObj(i -> Path.of("f" + i + ".txt")).toList();
    }

    private static List<String> run(int threads, Duration deadline, FileBatch.Work<String> work, List<Path> files,
            List<Integer> told) {
        return new FileBatch<>(new FileBatch.Settings(threads, deadline), work,
                (file, failure) -> "!" + FailureReason.of(failure))
                .run(files, (index, result) -> told.add(index));
    }

    @Test
    void everyFileGetsItsRowInOrderWhateverItThrows() {
        List<Integer> told = new ArrayList<>();
        List<String> results = run(3, ONE_SECOND, file -> switch (file.toString()) {
            case "f1.txt" -> throw new IllegalStateException("BigInteger would overflow");
            case "f2.txt" -> throw new StackOverflowError();
            case "f3.txt" -> throw new IOException("Zip bomb detected! The file would exceed the max ratio");
            case "f4.txt" -> throw new IOException("不是 Excel 文件");
            default -> file.toString();
        }, files(6), told);
        assertEquals(List.of("f0.txt", "!文件内容异常，读取失败（IllegalStateException）", "!内容过大：结构嵌套过深，无法读取",
                "!文件已损坏或格式不符，无法读取（IOException）", "!不是 Excel 文件", "f5.txt"), results);
        assertEquals(List.of(0, 1, 2, 3, 4, 5), told, "told in the order of the files");
    }

    @Test
    void aFileThatReachesCheckpointsStopsAtItsDeadline() {
        List<String> results = run(2, ONE_SECOND, file -> {
            if (file.toString().equals("f0.txt")) {
                while (true) {
                    FileBudget.checkpoint();
                }
            }
            return "ok";
        }, files(3), new ArrayList<>());
        assertEquals(List.of("!处理超时：超过 1 秒仍未读完，已放弃这个文件", "ok", "ok"), results);
    }

    @Test
    void aFileThatReachesNoCheckpointIsGivenUpAndTheBatchGoesOn() {
        AtomicInteger spins = new AtomicInteger();
        List<String> results = run(1, ONE_SECOND, file -> {
            if (file.toString().equals("f0.txt")) {
                while (!Thread.currentThread().isInterrupted()) {
                    spins.incrementAndGet();
                }
                return "too late";
            }
            return "ok";
        }, files(3), new ArrayList<>());
        assertEquals(List.of("!处理超时：超过 1 秒仍未读完，已放弃这个文件", "ok", "ok"), results,
                "a fresh thread took the files after the one given up");
        assertTrue(spins.get() > 0);
    }

    @Test
    void aFileThatRanOutOfMemoryAmongOthersIsTriedAgainAlone() {
        AtomicInteger tries = new AtomicInteger();
        List<String> results = run(2, ONE_SECOND, file -> {
            if (file.toString().equals("f1.txt") && tries.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (file.toString().equals("f2.txt")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return file.toString();
        }, files(4), new ArrayList<>());
        assertEquals(List.of("f0.txt", "f1.txt", "!内容过大：读取时内存不足（每个文件可用约 128 MB）", "f3.txt"), results);
        assertEquals(2, tries.get(), "f1 read again, alone");
    }

    @Test
    void threadsAreBoundByTheSharesTheHeapHolds() {
        long shares = Runtime.getRuntime().maxMemory() / (FileBatch.MEMORY_SHARE_MB * 1024 * 1024);
        assertEquals(Math.max(1, shares), FileBatch.Settings.threadsTheHeapHolds());
    }
}
