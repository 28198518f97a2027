package cn.nianbao.annualreport.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.nianbao.annualreport.check.AnnotatedCopies;
import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.CheckReports;
import cn.nianbao.annualreport.check.CheckedFile;
import cn.nianbao.annualreport.check.FileResult;
import cn.nianbao.annualreport.check.FilledForm;
import cn.nianbao.annualreport.check.Messages;
import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.limits.FileBatch;
import cn.nianbao.annualreport.limits.FileBudget;
import com.sun.net.httpserver.HttpExchange;

/**
 * The check page's work: each uploaded file checked as {@code nianbao check} checks it (the same reading, guards,
 * deadline and share of memory), at most as many at once as the command would run; the batch compared across years
 * once all are in; the report and the annotated copies made of the results kept.
 */
final class Checking {

    private final BatchChecker checker;
    private final FileBatch.Settings oneAtATime;
    private final Semaphore threads;
    private final CheckReports reports = new CheckReports(LocalServer.CHINESE);
    private final Messages messages = Messages.of(LocalServer.CHINESE);
    private final AnnotatedCopies annotated = new AnnotatedCopies(LocalServer.CHINESE);

    Checking(FormDefinitions forms, FileBatch.Settings settings) throws IOException {
        this.checker = new BatchChecker(forms, TextReportReader.withInstalledLabels(forms));
        this.oneAtATime = new FileBatch.Settings(1, settings.deadline());
        this.threads = new Semaphore(settings.threads(), true);
    }

    /**
     * Stores the file a page uploads ({@code ?name=} its name as the browser has it) and, when {@code check}, checks
     * it and answers with its row; otherwise answers with its number.
     */
    void upload(HttpExchange exchange, Session session, boolean check, Pages pages) throws IOException {
        UploadName name = UploadName.of(Replies.parameters(exchange.getRequestURI().getRawQuery()).get("name"));
        Upload upload;
        try {
            upload = session.store(name, exchange.getRequestBody());
        } catch (Session.TooLarge e) {
            Replies.drain(exchange, e.most());
            Replies.json(exchange, 413, Map.of("error", tooLarge(name, e), "name", name.shown()));
            return;
        }
        if (!check) {
            Replies.json(exchange, 200, Map.of("index", upload.index(), "name", name.shown(), "size", upload.size()));
            return;
        }
        FileResult result = check(upload.path());
        session.checked(upload, result);
        Replies.json(exchange, 200, row(upload, result));
    }

    /** Why an upload was refused, naming the file and the limit. */
    static String tooLarge(UploadName name, Session.TooLarge e) {
        return switch (e.limit()) {
            case FILE -> "文件“" + name.shown() + "”超过了每个文件 " + megabytes(e.most()) + " 的上限，没有上传；"
                    + "请确认它是年度报告，或在命令行中用 nianbao check 校验";
            case SESSION_BYTES -> "本页已上传的文件合计超过 " + megabytes(e.most()) + "，“" + name.shown()
                    + "”没有上传；请分批校验（刷新页面重新开始）";
            case SESSION_FILES -> "本页已上传 " + e.most() + " 个文件，达到上限，“" + name.shown()
                    + "”没有上传；请分批校验（刷新页面重新开始）";
        };
    }

    static String megabytes(long bytes) {
        return (bytes >= 1 << 20 ? bytes / (1 << 20) + " MB" : bytes + " 字节");
    }

    /** One file checked, in a batch of its own, waiting while the command's number of threads are busy. */
    private FileResult check(Path file) {
        threads.acquireUninterruptibly();
        try {
            return checker.read(List.of(file), oneAtATime, new FileBatch.Listener<CheckedFile<Object>>() {
                @Override
                public void finished(int index, CheckedFile<Object> checked) {
                }

                @Override
                public void progress(int done, int total) {
                }
            }, checked -> null).get(0).result();
        } finally {
            threads.release();
        }
    }

    /** Compares the session's files across years, as a batch of the command is, and gives every row again. */
    List<Map<String, Object>> finish(Session session) {
        Map<Integer, FileResult> results = session.results();
        List<Integer> numbers = List.copyOf(results.keySet());
        List<FileResult> compared = checker.acrossYears(List.copyOf(results.values()));
        Map<Integer, FileResult> replaced = new LinkedHashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            replaced.put(numbers.get(i), compared.get(i));
        }
        session.replaceResults(replaced);
        List<Map<String, Object>> rows = new ArrayList<>();
        replaced.forEach((number, result) -> rows.add(row(session.upload(number).orElseThrow(), result)));
        return rows;
    }

    /** The row of a file on the page: its name, status, unit, year, edition and findings. */
    Map<String, Object> row(Upload upload, FileResult result) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("index", upload.index());
        row.put("name", upload.name().shown());
        row.put("status", result.status().code());
        row.put("statusText", messages.text("status." + result.status().code()));
        row.put("unit", result.unit().orElse(null));
        row.put("year", result.year().map(Object::toString).orElse(null));
        row.put("edition", result.edition().orElse(null));
        row.put("errors", result.errors());
        row.put("warnings", result.warnings());
        row.put("read", result.read().map(r -> r.cells() + "/" + r.ofCells()).orElse(null));
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding finding : result.findings()) {
            Map<String, Object> json = new LinkedHashMap<>(reports.json(finding));
            json.remove("args");
            findings.add(json);
        }
        row.put("findings", findings);
        row.put("copy", result.status() != FileResult.Status.UNREADABLE);
        return row;
    }

    /** The report of every file checked in the session, as {@code check --report} writes it. */
    void report(HttpExchange exchange, Session session, String extension) throws IOException {
        List<FileResult> shown = new ArrayList<>();
        session.results().forEach((number, result) -> shown.add(shown(session.upload(number).orElseThrow(),
                result)));
        Path file = session.newFolder("report").resolve("校验报告" + extension);
        reports.write(shown, file);
        Replies.download(exchange, file, file.getFileName().toString());
    }

    /** A result with the file's name as the browser had it, for reports. */
    private static FileResult shown(Upload upload, FileResult result) {
        return new FileResult(Path.of(upload.name().shown()), result.status(), result.unit(), result.year(),
                result.edition(), result.read(), result.findings(), result.carried());
    }

    /** The annotated copy of one file, as {@code check --annotate} writes it. */
    void copy(HttpExchange exchange, Session session, int number, Pages pages) throws IOException {
        Optional<Upload> upload = session.upload(number);
        FileResult result = upload.map(u -> session.results().get(u.index())).orElse(null);
        if (result == null || result.status() == FileResult.Status.UNREADABLE) {
            Replies.refuse(exchange, 404, "这个文件没有标注副本（没有校验过，或无法读取）", pages);
            return;
        }
        String name = AnnotatedCopies.names(List.of(Path.of(upload.get().name().shown()))).values().iterator().next();
        Path file = session.newFolder("copy").resolve(name);
        try {
            write(upload.get(), result, file);
        } catch (Exception e) {
            Replies.refuse(exchange, 500, "没能写出“" + upload.get().name().shown() + "”的标注副本：" + e.getMessage(),
                    pages);
            return;
        }
        Replies.download(exchange, file, name);
    }

    /**
     * The annotated copies of every file checked and read, in one zip; a copy that cannot be made is left out and
     * named in 未能标注的文件.txt, so that no file is lost without a word.
     */
    void copies(HttpExchange exchange, Session session, Pages pages) throws IOException {
        Map<Integer, FileResult> results = session.results();
        List<Upload> uploads = results.keySet().stream().map(n -> session.upload(n).orElseThrow())
                .filter(u -> results.get(u.index()).status() != FileResult.Status.UNREADABLE).toList();
        if (uploads.isEmpty()) {
            Replies.refuse(exchange, 404, "没有可标注的文件（还没有校验，或都无法读取）", pages);
            return;
        }
        Map<Path, String> names = AnnotatedCopies.names(uploads.stream().map(u -> Path.of(u.name().shown()))
                .toList());
        Path folder = session.newFolder("copies");
        Path zip = folder.resolve("标注副本.zip");
        List<String> failed = new ArrayList<>();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Upload upload : uploads) {
                String name = names.get(Path.of(upload.name().shown()));
                Path copy = folder.resolve(Integer.toString(upload.index()));
                try {
                    write(upload, results.get(upload.index()), copy);
                } catch (Exception e) {
                    failed.add(upload.name().shown() + "：" + e.getMessage());
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                Files.copy(copy, out);
                out.closeEntry();
                Files.delete(copy);
            }
            if (!failed.isEmpty()) {
                out.putNextEntry(new ZipEntry("未能标注的文件.txt"));
                out.write(String.join("\r\n", failed).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Replies.download(exchange, zip, zip.getFileName().toString());
    }

    /** Writes an annotated copy within the file's deadline; a published report is read again for it. */
    private void write(Upload upload, FileResult result, Path target) throws Exception {
        FileBudget.within(oneAtATime.deadline(), () -> {
            Optional<ExtractedReport> report = AnnotatedCopies.isWorkbook(upload.path()) ? Optional.empty()
                    : checker.checked(upload.path()).filled().map(FilledForm::asReport);
            annotated.write(upload.path(), result.findings(), report, target);
            return null;
        });
    }
}
