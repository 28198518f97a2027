package cn.nianbao.annualreport.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.net.httpserver.HttpExchange;

/**
 * The template, convert, export and merge pages: each runs the command itself, with the options the page's form
 * gives (in the command's own words), on the session's uploads laid out under the names the browser gave them (so
 * that what the command writes and prints names them so); what it printed is shown, what it wrote is downloaded.
 * One runs at a time, as each uses every core.
 */
final class Operations {

    private static final Set<String> FORMATS = Set.of("long", "wide", "json");

    private final CommandRun.Runner commands;
    private final Semaphore running = new Semaphore(1, true);

    Operations(CommandRun.Runner commands) {
        this.commands = commands;
    }

    /** {@code nianbao template}, for the template page's form (edition, unit, year): the workbook, downloaded. */
    void template(HttpExchange exchange, Map<String, String> form, Workspace workspace, Pages pages)
            throws IOException {
        String edition = form.getOrDefault("edition", "");
        String unit = form.getOrDefault("unit", "").strip();
        String year = form.getOrDefault("year", "").strip();
        String name = UploadName.of(("年报统计表-" + edition + "版" + (unit.isEmpty() ? "" : "-" + unit)
                + (year.isEmpty() ? "" : "-" + year + "年度") + ".xlsx").replace('/', '_')).stored();
        Path folder = workspace.scratch();
        try {
            Path file = folder.resolve(name);
            List<String> args = new ArrayList<>(List.of("template", "--edition=" + edition, "-o", name));
            if (!unit.isEmpty()) {
                args.add("--unit=" + unit);
            }
            if (!year.isEmpty()) {
                args.add("--year=" + year);
            }
            CommandRun run = run(args, folder);
            if (!run.worked() || !Files.exists(file)) {
                Replies.refuse(exchange, 400, "没有生成模板：" + (run.err() + run.out()).strip(), pages);
                return;
            }
            Replies.download(exchange, file, name);
        } finally {
            Workspace.delete(folder);
        }
    }

    /**
     * {@code nianbao convert}, {@code export} or {@code merge} on the uploads the form names ({@code files}: their
     * numbers, separated by commas), with its options: answers with what the command printed, its exit code and
     * where to download what it wrote.
     */
    void run(HttpExchange exchange, Session session, String command, Pages pages) throws IOException {
        Map<String, String> form = Replies.form(exchange);
        if (form == null) {
            Replies.refuse(exchange, 413, "表单过长", pages);
            return;
        }
        List<Upload> inputs = uploads(session, form.get("files"));
        if (inputs.isEmpty()) {
            Replies.refuse(exchange, 400, "请先选择要处理的文件", pages);
            return;
        }
        Path out = session.newFolder(command);
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(laidOut(inputs, Files.createDirectories(out.resolve("输入"))));
        Path produced = switch (command) {
            case "convert" -> convert(form, session, out, args);
            case "export" -> export(form, out, args);
            default -> merge(form, out, args);
        };
        if (produced == null) {
            Replies.refuse(exchange, 400, "选项无法识别", pages);
            return;
        }
        CommandRun run = run(args, out.resolve("输入"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("exitCode", run.exitCode());
        answer.put("output", (run.out() + run.err()).strip().replace(out + java.io.File.separator, "")
                .replace(out.toString(), ""));
        Path download = Files.isDirectory(produced) ? zip(produced, out.resolve(produced.getFileName() + ".zip"))
                : produced;
        if (run.worked() && Files.exists(download)) {
            answer.put("download", "/api/s/" + session.id() + "/result/" + session.produced(download));
            answer.put("downloadName", download.getFileName().toString());
        }
        Replies.json(exchange, 200, answer);
    }

    private static Path convert(Map<String, String> form, Session session, Path out, List<String> args) {
        Path folder = out.resolve("转换结果");
        args.addAll(List.of("-o", folder.toString()));
        if (form.containsKey("json")) {
            args.add("--json");
        }
        for (Upload labels : uploads(session, form.get("labels"))) {
            args.add("--labels=" + labels.path());
        }
        return folder;
    }

    private static Path export(Map<String, String> form, Path out, List<String> args) throws IOException {
        String format = form.getOrDefault("format", "long");
        if (!FORMATS.contains(format)) {
            return null;
        }
        Path data = out.resolve(format.equals("json") ? "数据.json" : "数据.csv");
        args.addAll(List.of("--format=" + format, "-o", data.toString()));
        if (form.containsKey("excel")) {
            args.add("--excel");
        }
        if (!form.containsKey("codebook")) {
            return data;
        }
        Path folder = Files.createDirectories(out.resolve("导出结果"));
        data = folder.resolve(data.getFileName().toString());
        args.set(args.indexOf("-o") + 1, data.toString());
        args.addAll(List.of("--codebook", folder.resolve("数据字典.csv").toString()));
        return folder;
    }

    private static Path merge(Map<String, String> form, Path out, List<String> args) {
        Path file = out.resolve("汇总.xlsx");
        args.addAll(List.of("-o", file.toString(), "--unit=" + form.getOrDefault("unit", "").strip()));
        String year = form.getOrDefault("year", "").strip();
        if (!year.isEmpty()) {
            args.add("--year=" + year);
        }
        if (form.containsKey("allow-mixed")) {
            args.add("--allow-mixed");
        }
        return file;
    }

    /** The uploads of a list of numbers ("0,1,5"), in that order; numbers of no upload are left out. */
    private static List<Upload> uploads(Session session, String numbers) {
        List<Upload> uploads = new ArrayList<>();
        for (String number : (numbers == null ? "" : numbers).split(",")) {
            if (number.strip().matches("\\d{1,9}")) {
                session.upload(Integer.parseInt(number.strip())).ifPresent(uploads::add);
            }
        }
        return uploads;
    }

    private CommandRun run(List<String> args, Path folder) throws IOException {
        running.acquireUninterruptibly();
        try {
            return commands.run(args, folder);
        } finally {
            running.release();
        }
    }

    /**
     * Lays the uploads out in {@code folder} under the names the browser gave them (the same name twice gets -2,
     * -3, …), linked where the file system can, copied where not; their paths relative to the folder, in order.
     */
    private static List<String> laidOut(List<Upload> uploads, Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        Set<String> taken = new java.util.HashSet<>();
        for (Upload upload : uploads) {
            String shown = upload.name().shown();
            String stem = shown.replaceFirst("\\.[^./]*$", "");
            String unique = shown;
            for (int n = 2; !taken.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
                unique = stem + "-" + n + shown.substring(stem.length());
            }
            Path target = folder.resolve(unique).normalize();
            if (!target.startsWith(folder)) {
                throw new IllegalStateException("upload name outside its folder: " + unique);
            }
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, upload.path());
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(upload.path(), target);
            }
            names.add(unique);
        }
        return names;
    }

    /** Zips a folder's files (its subfolders' too, by their relative paths) into {@code zip}. */
    private static Path zip(Path folder, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    /** A file a command of the session wrote. */
    void download(HttpExchange exchange, Session session, int number, Pages pages) throws IOException {
        Optional<Path> file = session.produced(number);
        if (file.isEmpty() || !Files.exists(file.get())) {
            Replies.refuse(exchange, 404, "没有这个结果文件", pages);
            return;
        }
        Replies.download(exchange, file.get(), file.get().getFileName().toString());
    }
}
