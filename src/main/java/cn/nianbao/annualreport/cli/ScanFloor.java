package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * The floor {@code bench} compares a batch check with, run as a process of its own: unzips every entry of every
 * .xlsx file under the directories given and pulls every StAX event of each XML part, on as many threads as there
 * are cores, with the same XML parser (Aalto) the reader uses, and nothing else. Run as
 * {@code java -cp nianbao.jar cn.nianbao.annualreport.cli.ScanFloor DIR...}; prints the files and events counted.
 */
public final class ScanFloor {

    private ScanFloor() {
    }

    /** Scans the .xlsx files under the directories or files given. */
    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            try (Stream<Path> found = Files.walk(Path.of(arg))) {
                found.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".xlsx")).sorted()
                        .forEach(files::add);
            }
        }
        System.out.println(files.size() + " files, " + scan(files, Runtime.getRuntime().availableProcessors())
                + " XML events");
    }

    /** Unzips and scans the files on {@code threads} threads; the number of XML events read. */
    static long scan(List<Path> files, int threads) throws Exception {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> events(factory, file)));
            }
            long events = 0;
            for (Future<Integer> future : futures) {
                events += future.get();
            }
            return events;
        } finally {
            pool.shutdown();
        }
    }

    private static int events(XMLInputFactory factory, Path file) throws IOException, XMLStreamException {
        int events = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        XMLStreamReader reader = factory.createXMLStreamReader(in);
                        while (reader.hasNext()) {
                            reader.next();
                            events++;
                        }
                        reader.close();
                    }
                }
            }
        }
        return events;
    }
}
