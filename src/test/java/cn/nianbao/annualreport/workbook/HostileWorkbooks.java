package cn.nianbao.annualreport.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Files that reach a supervisory office and must not bring a batch down: zip bombs, encrypted workbooks, workbooks
 * with parts added or replaced (macros, broken XML). Shared by the reader's tests and the batch checker's.
 */
public final class HostileWorkbooks {

    /** A workbook part that lists one sheet, {@code Sheet1}. */
    public static final String ONE_SHEET_WORKBOOK = """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""";

    /** The relationships of {@link #ONE_SHEET_WORKBOOK}. */
    public static final String ONE_SHEET_RELS = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
            worksheet" Target="worksheets/sheet1.xml"/></Relationships>""";

    private HostileWorkbooks() {
    }

    /**
     * A zip of under 1 MB whose one worksheet unzips to 120 MB of empty comments: only the unzipped size refuses it
     * (no element is counted, no token is long).
     */
    public static Path zipBomb(Path target) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            put(zip, "xl/workbook.xml", ONE_SHEET_WORKBOOK);
            put(zip, "xl/_rels/workbook.xml.rels", ONE_SHEET_RELS);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8));
            byte[] rows = "<!---->".repeat(175_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 100; i++) {
                zip.write(rows);
            }
            zip.closeEntry();
        }
        return target;
    }

    /** The workbook encrypted with a password, as Excel does when a clerk sets one (agile encryption). */
    public static Path encrypted(Path source, Path target, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(source, out);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }

    /** A copy of a zip with some entries replaced and others added. */
    public static Path withEntries(Path source, Path target, Map<String, byte[]> entries) throws IOException {
        Map<String, byte[]> pending = new LinkedHashMap<>(entries);
        try (ZipFile in = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] replaced = pending.remove(entry.getName());
                out.write(replaced != null ? replaced : in.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> added : pending.entrySet()) {
                out.putNextEntry(new ZipEntry(added.getKey()));
                out.write(added.getValue());
                out.closeEntry();
            }
        }
        return target;
    }

    /** The workbook as a macro workbook: with a VBA project part of random bytes that nothing may run. */
    public static Path withMacros(Path source, Path target) throws IOException {
        byte[] project = new byte[4096];
        new java.util.Random(1).nextBytes(project);
        return withEntries(source, target, Map.of("xl/vbaProject.bin", project));
    }

    /** The zip with the uncompressed size its central directory declares for one entry changed. */
    public static byte[] declareSize(byte[] zip, String entry, int size) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < zip.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && buffer.getShort(at + 28) == name.length
                    && Arrays.equals(zip, at + 46, at + 46 + name.length, name, 0, name.length)) {
                buffer.putInt(at + 24, size);
                return zip;
            }
        }
        throw new AssertionError("no central directory record for " + entry);
    }

    /** Adds a stored text entry. */
    public static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
