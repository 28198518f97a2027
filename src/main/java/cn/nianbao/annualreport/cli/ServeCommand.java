package cn.nianbao.annualreport.cli;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.limits.FileBatch;
import cn.nianbao.annualreport.limits.FileBudget;
import cn.nianbao.annualreport.serve.CommandProcess;
import cn.nianbao.annualreport.serve.LocalServer;
import cn.nianbao.annualreport.serve.ServeLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao serve}: the web page, for those who never open a terminal; {@code java -jar nianbao.jar} without
 * arguments (a double-click) starts it and opens the browser. It runs until stopped from the page, by Ctrl+C or by
 * closing its window; the uploaded files go with it.
 */
@Command(name = "serve", sortOptions = false)
final class ServeCommand implements Callable<Integer> {

    /** The port tried first when none is given; the next ones when it is taken. */
    static final int DEFAULT_PORT = 8765;

    private static final int PORTS_TRIED = 20;


    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N")
    private Integer port;

    @Option(names = "--host")
    private String host;

    @Option(names = "--no-browser")
    private boolean noBrowser;

    @Option(names = "--max-file-mb")
    private int maxFileMb = (int) (ServeLimits.DEFAULT.fileBytes() >> 20);

    @Option(names = "--threads", paramLabel = "N")
    private Integer threads;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    private boolean help;

    @Override
    public Integer call() throws IOException, InterruptedException {
        TerminalText text = TerminalText.of(spec);
        if (port != null && (port < 0 || port > 65_535)) {
            throw new ParameterException(spec.commandLine(), text.get("port-out-of-range", String.valueOf(port)));
        }
        if (maxFileMb < 1) {
            throw new ParameterException(spec.commandLine(),
                    text.get("max-file-not-positive", String.valueOf(maxFileMb)));
        }
        String address = host == null ? "127.0.0.1" : host;
        Optional<String> token = isLocal(address) ? Optional.empty() : Optional.of(newToken());
        int threadsHeld = Math.min(threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads),
                FileBatch.Settings.threadsTheHeapHolds());
        ServeLimits limits = ServeLimits.DEFAULT.withFileBytes((long) maxFileMb << 20);
        FileBatch.Settings checking = new FileBatch.Settings(threadsHeld, FileBudget.DEFAULT_DEADLINE);
        LocalServer server = start(address, token, limits, checking, text);
        Thread stop = new Thread(server::close, "nianbao-serve-exit");
        Runtime.getRuntime().addShutdownHook(stop);
        PrintWriter out = spec.commandLine().getOut();
        out.println(text.get("serve-started", server.address()));
        token.ifPresent(t -> out.println(text.get("serve-token", address)));
        out.println(text.get("serve-how-to-stop"));
        out.flush();
        if (!noBrowser) {
            open(server.address(), text);
        }
        server.awaitStop();
        out.println(text.get("serve-stopped"));
        out.flush();
        return ExitCodes.OK;
    }

    private LocalServer start(String address, Optional<String> token, ServeLimits limits,
            FileBatch.Settings checking, TerminalText text) throws IOException {
        FormDefinitions forms = FormDefinitions.load();
        String version = Optional.ofNullable(Main.class.getPackage().getImplementationVersion())
                .orElse(text.get("development-build"));
        int first = port == null ? DEFAULT_PORT : port;
        int tries = port == null ? PORTS_TRIED : 1;
        for (int i = 0; i < tries; i++) {
            try {
                return LocalServer.start(new LocalServer.Settings(address, first + i, token, limits, checking), forms,
                        CommandProcess::run, version);
            } catch (BindException e) {
                if (i == tries - 1) {
                    throw new ParameterException(spec.commandLine(), port == null
                            ? text.get("serve-no-free-port", String.valueOf(first),
                            String.valueOf(first + tries - 1))
                            : text.get("serve-port-taken", address, String.valueOf(first),
                            e.getMessage()));
                }
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), text.get("serve-port-taken", address,
                        String.valueOf(first + i), e.getMessage()));
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static boolean isLocal(String address) {
        return List.of("127.0.0.1", "localhost", "::1").contains(address.toLowerCase(Locale.ROOT));
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Opens the page in the default browser; says where it is when none can be opened. */
    private void open(URI page, TerminalText text) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(page);
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler",
                    page.toString()) : os.contains("mac") ? List.of("open", page.toString())
                    : List.of("xdg-open", page.toString());
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(Duration.ofSeconds(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println(text.get("serve-no-browser", page));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
