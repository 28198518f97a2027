package cn.nianbao.annualreport.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its chromedriver, for tests of the local web page: a viewport of exactly
 * 1366×768 at scale 1, Chinese (zh-CN) as the browser's language, and downloads saved without asking into the
 * folder given to {@link #start}. Screenshots and printed pages go to {@code target/screenshots/}, to be looked at.
 * <p>
 * The browser and driver are the packages {@code chromium} and {@code chromium-driver}, which {@code .ci/test.sh}
 * installs; when either is missing the test fails and says so (it is never skipped).
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Width of the viewport in CSS pixels (and of a screenshot in pixels). */
    public static final int WIDTH = 1366;
    /** Height of the viewport in CSS pixels (and of a screenshot in pixels). */
    public static final int HEIGHT = 768;

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PARTIAL_DOWNLOAD = ".crdownload";
    private static final String TEMPORARY_DOWNLOAD = ".org.chromium.";
    private static final Duration POLL = Duration.ofMillis(100);
    private static final long SMALL_SHARED_MEMORY = 512L << 20;
    /**
     * Selenium warns on every start that it has no DevTools classes for this Chromium version; the helper needs
     * none (CDP commands go through chromedriver), so the warning is kept out of the test output. Held here so that
     * the setting is not collected with the logger.
     */
    private static final Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path downloads;
    private final Set<Path> handedOut = new HashSet<>();

    private HeadlessChromium(ChromeDriverService service, ChromeDriver driver, Path downloads) {
        this.service = service;
        this.driver = driver;
        this.downloads = downloads;
    }

    /**
     * Starts chromedriver and a headless Chromium whose downloads land in {@code downloadFolder} (created if
     * missing).
     */
    public static HeadlessChromium start(Path downloadFolder) {
        requireInstalled(CHROMIUM, "chromium");
        requireInstalled(CHROMEDRIVER, "chromium-driver");
        Path downloads = downloadFolder.toAbsolutePath();
        try {
            Files.createDirectories(downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options(downloads));
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
        try {
            fitViewport(driver);
        } catch (RuntimeException e) {
            driver.quit();
            service.stop();
            throw e;
        }
        return new HeadlessChromium(service, driver, downloads);
    }

    private static Logger quiet(String loggerName) {
        Logger logger = Logger.getLogger(loggerName);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void requireInstalled(Path executable, String debianPackage) {
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("找不到 " + executable + "（Debian 软件包 " + debianPackage + "）。"
                    + "网页测试需要无界面的 Chromium 和 chromedriver：.ci/test.sh 会安装它们，"
                    + "或者 apt-get install chromium chromium-driver");
        }
    }

    private static ChromeOptions options(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        List<String> arguments = new ArrayList<>(List.of(
                "--headless=new",
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--force-device-scale-factor=1",
                "--lang=zh-CN",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-search-engine-choice-screen"));
        if (runningAsRoot()) {
            // Chromium refuses to start its sandbox as root (the CI container runs as root).
            arguments.add("--no-sandbox");
        }
        if (sharedMemoryIsSmall()) {
            // Containers often give /dev/shm 64 MB, too little for Chromium's renderers: use /tmp instead.
            arguments.add("--disable-dev-shm-usage");
        }
        options.addArguments(arguments);
        Map<String, Object> preferences = new HashMap<>();
        preferences.put("intl.accept_languages", "zh-CN,zh");
        preferences.put("download.default_directory", downloads.toString());
        preferences.put("download.prompt_for_download", false);
        preferences.put("download.directory_upgrade", true);
        preferences.put("safebrowsing.enabled", false);
        options.setExperimentalOption("prefs", preferences);
        // the page's console (script errors, refused by the content security policy) for consoleErrors()
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return options;
    }

    /**
     * Headless Chromium draws no toolbar but still takes its height off the window (a 1366×768 window shows a
     * 1366×625 page): enlarge the window by that difference, so that the page sees 1366×768.
     */
    private static void fitViewport(ChromeDriver driver) {
        @SuppressWarnings("unchecked")
        List<Number> sizes = (List<Number>) driver.executeScript(
                "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]");
        driver.manage().window().setSize(
                new Dimension(WIDTH + sizes.get(0).intValue(), HEIGHT + sizes.get(1).intValue()));
    }

    private static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static boolean sharedMemoryIsSmall() {
        try {
            return Files.getFileStore(Path.of("/dev/shm")).getTotalSpace() < SMALL_SHARED_MEMORY;
        } catch (IOException e) {
            return true;
        }
    }

    /** The errors the pages wrote to the console since last asked: script errors, what the page's policy refused. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(Object::toString).toList();
    }

    /** The driver, to open pages and find elements. */
    public WebDriver driver() {
        return driver;
    }

    /** Waits until an element matching {@code by} is visible and returns it; fails after {@code timeout}. */
    public WebElement await(By by, Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Writes what the viewport shows (1366×768 pixels) to {@code target/screenshots/<name>.png} and returns that
     * path.
     */
    public Path screenshot(String name) {
        return write(name + ".png", driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Prints the current page as Chromium would on A4 paper (portrait, default margins, no background graphics)
     * to {@code target/screenshots/<name>.pdf} and returns that path.
     */
    public Path printed(String name) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(PageSize.ISO_A4);
        return write(name + ".pdf", Base64.getDecoder().decode(driver.print(options).getContent()));
    }

    private static Path write(String fileName, byte[] content) {
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(fileName), content).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until a completely downloaded file whose name ends with {@code fileNameSuffix} is in the download
     * folder and returns it. A file returned once is not returned again, so two downloads of the same kind are
     * awaited by two calls. Fails after {@code timeout}, naming what the folder holds.
     * <p>
     * Chromium writes a download into a hidden temporary file, then into {@code <name>.crdownload}, and renames
     * that to the name when done: a file counts as complete when no partial download is in the folder and its size
     * is the same at two looks in a row.
     */
    public Path awaitDownload(String fileNameSuffix, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<Path, Long> previousLook = Map.of();
        while (true) {
            Map<Path, Long> look = candidates(fileNameSuffix);
            for (Map.Entry<Path, Long> candidate : look.entrySet()) {
                if (candidate.getValue().equals(previousLook.get(candidate.getKey()))) {
                    handedOut.add(candidate.getKey());
                    return candidate.getKey();
                }
            }
            previousLook = look;
            if (System.nanoTime() - deadline > 0) {
                return fail("no download ending in " + fileNameSuffix + " within " + timeout + " in " + downloads
                        + "; it holds " + listing());
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail("interrupted while waiting for a download ending in " + fileNameSuffix);
            }
        }
    }

    /** Files not handed out yet whose names end with the suffix, with their sizes; none while one is partial. */
    private Map<Path, Long> candidates(String fileNameSuffix) {
        Map<Path, Long> sizes = new TreeMap<>();
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(PARTIAL_DOWNLOAD) || name.startsWith(TEMPORARY_DOWNLOAD)) {
                    return Map.of();
                }
                if (name.endsWith(fileNameSuffix) && !handedOut.contains(file) && Files.isRegularFile(file)) {
                    try {
                        sizes.put(file, Files.size(file));
                    } catch (NoSuchFileException renamedMeanwhile) {
                        return Map.of();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    private List<String> listing() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder downloads are saved into. */
    public Path downloadFolder() {
        return downloads;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
