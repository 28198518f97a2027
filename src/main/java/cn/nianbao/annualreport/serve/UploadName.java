package cn.nianbao.annualreport.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A file name as a browser sent it (a name, or a path within a folder chosen whole), made into what the page and
 * the reports show ({@code shown}: the path's parts, none of them empty, {@code .} or {@code ..}, with the characters
 * no file name may hold on Windows replaced by {@code _}) and the file name the upload is stored under
 * ({@code stored}: the last part, never a device name of Windows, at most {@value #LONGEST} characters with its
 * extension kept). The stored name is only ever resolved inside a numbered folder of the server's own, so that no
 * name a browser sends becomes a path.
 *
 * @param shown  the name shown, with / between folders
 * @param stored the name of the stored file
 */
public record UploadName(String shown, String stored) {

    /** The longest stored name, in characters. */
    static final int LONGEST = 120;

    private static final String UNNAMED = "未命名文件";
    private static final Pattern NOT_IN_NAMES = Pattern.compile("[\\x00-\\x1f\\x7f<>:\"|?*]");
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?");

    /** The name a browser sent (null or blank when it sent none). */
    public static UploadName of(String sent) {
        List<String> parts = new ArrayList<>();
        for (String part : (sent == null ? "" : sent).split("[/\\\\]")) {
            String clean = NOT_IN_NAMES.matcher(part).replaceAll("_").strip().replaceFirst("[. ]+$", "");
            if (!clean.isEmpty() && !clean.equals(".") && !clean.equals("..")) {
                parts.add(clean);
            }
        }
        if (parts.isEmpty()) {
            return new UploadName(UNNAMED, UNNAMED);
        }
        return new UploadName(String.join("/", parts), storedName(parts.get(parts.size() - 1)));
    }

    private static String storedName(String name) {
        String safe = DEVICE.matcher(name).matches() ? "_" + name : name;
        if (safe.length() <= LONGEST) {
            return safe;
        }
        int dot = safe.lastIndexOf('.');
        String extension = dot > 0 && safe.length() - dot <= 10 ? safe.substring(dot).toLowerCase(Locale.ROOT) : "";
        return safe.substring(0, LONGEST - extension.length()) + extension;
    }
}
