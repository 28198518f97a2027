package cn.nianbao.annualreport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.form.FormDefinitions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code nianbao} command: with no subcommand it prints the list of commands. Its help comes from
 * {@code help.properties} (Chinese, the default) and {@code help_en.properties}; {@code --lang}, given before or
 * after the command's name, chooses the language of the help, of usage errors and of what every command prints.
 */
@Command(name = "nianbao", resourceBundle = Main.HELP, versionProvider = Version.class)
public final class Main implements Runnable {

    /**
     * The commands, in the order the help lists them, by name. They are added to the command line by
     * {@link #commandLine}, not named in the annotation, so that a command line naming one builds only that one.
     */
    static final List<String> NAMES = List.of("template", "convert", "check", "export", "merge", "serve",
            "bench");

    private static final List<Supplier<Object>> COMMANDS = List.of(TemplateCommand::new, ConvertCommand::new,
            CheckCommand::new, ExportCommand::new, MergeCommand::new, ServeCommand::new, BenchCommand::new);

    /** The resource bundle of the help text, for picocli. */
    static final String HELP = "cn.nianbao.annualreport.cli.help";

    /** The languages of {@code --lang}; the first is the default. */
    static final List<String> LANGUAGES = List.of("zh", "en");

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true)
    private boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true)
    private boolean version;

    @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT)
    private String language = LANGUAGES.get(0);

    /**
     * Runs the command line and exits with its code; without arguments (a double-click on the jar) it starts the web
     * page ({@code serve}) and opens it in the browser.
     */
    public static void main(String[] args) {
        FormDefinitions.loadInBackground();
        String[] line = orServe(args);
        System.exit(commandLine(line).execute(line));
    }

    /** The arguments, or {@code serve} when there are none (a double-click on the jar). */
    static String[] orServe(String[] args) {
        return args.length == 0 ? new String[] {"serve"} : args;
    }

    /** The command line with every command, in Chinese, switched to the language of {@code --lang} once parsed. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for these arguments, in Chinese, switched to the language of {@code --lang} once it is
     * parsed, with exit codes. When the arguments start with a command's name (after {@code --lang} and its value,
     * if given) only that command is built: picocli builds a command's model by reflection, a tenth of a second for
     * all six. Otherwise (no command, {@code -h}, {@code -V}, a mistyped name) all are, for the list of commands and
     * the suggestion of the nearest name.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new Main());
        String name = commandName(args);
        int named = name == null ? -1 : NAMES.indexOf(name);
        for (int i = 0; i < COMMANDS.size(); i++) {
            if (named < 0 || named == i) {
                commandLine.addSubcommand(COMMANDS.get(i).get());
            }
        }
        speak(commandLine, LANGUAGES.get(0));
        // Classes, not lambdas, for picocli's interfaces: the class archive cannot hold a lambda implementing one of
        // picocli's (Java 5) interfaces, and making it at dump time would keep the interface and CommandSpec out too.
        commandLine.setExecutionStrategy(new CommandLine.IExecutionStrategy() {
            @Override
            public int execute(CommandLine.ParseResult parsed) {
                Main main = commandLine.getCommand();
                if (!LANGUAGES.contains(main.language)) {
                    throw new CommandLine.ParameterException(last(parsed), TerminalText.of(LANGUAGES.get(0))
                            .get("lang-unknown", main.language));
                }
                speak(commandLine, main.language);
                return new CommandLine.RunLast().execute(parsed);
            }
        });
        commandLine.setParameterExceptionHandler(new CommandLine.IParameterExceptionHandler() {
            @Override
            public int handleParseException(CommandLine.ParameterException e, String[] args) {
                return usageError(e, args);
            }
        });
        commandLine.setExecutionExceptionHandler(new CommandLine.IExecutionExceptionHandler() {
            @Override
            public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
                PrintWriter err = cl.getErr();
                err.println(TerminalText.of(commandLine.<Main>getCommand().language).get("internal-failure", e));
                if (System.getenv("NIANBAO_DEBUG") != null) {
                    e.printStackTrace(err);
                }
                err.flush();
                return ExitCodes.INTERNAL;
            }
        });
        return commandLine;
    }

    /** The first argument, after {@code --lang} and its value if given; null when there is none. */
    private static String commandName(String[] args) {
        int i = 0;
        while (i < args.length && (args[i].equals("--lang") || args[i].startsWith("--lang="))) {
            i += args[i].equals("--lang") ? 2 : 1;
        }
        return i < args.length ? args[i] : null;
    }

    private static CommandLine last(CommandLine.ParseResult parsed) {
        List<CommandLine> commands = parsed.asCommandLineList();
        return commands.get(commands.size() - 1);
    }

    /**
     * Puts the command line's help, with the labels of options and parameters, in a language: picocli reads
     * descriptions and headings from the bundle itself; a label is the bundle's {@code <key>.label}, where the key
     * is the option's or parameter's description key.
     */
    static void speak(CommandLine root, String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(HELP, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        root.setResourceBundle(bundle);
        for (CommandLine command : root.getSubcommands().values()) {
            relabel(command);
        }
    }

    /** Replaces the command's options and parameters by copies with the labels of its bundle, in the same order. */
    private static void relabel(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        List<OptionSpec> options = List.copyOf(spec.options());
        List<PositionalParamSpec> parameters = List.copyOf(spec.positionalParameters());
        for (OptionSpec option : options) {
            spec.remove(option);
        }
        for (PositionalParamSpec parameter : parameters) {
            spec.remove(parameter);
        }
        for (OptionSpec option : options) {
            spec.addOption(option.toBuilder().paramLabel(label(spec, option)).build());
        }
        for (PositionalParamSpec parameter : parameters) {
            spec.addPositional(parameter.toBuilder().paramLabel(label(spec, parameter)).build());
        }
    }

    private static String label(CommandSpec spec, ArgSpec arg) {
        String key = !arg.descriptionKey().isEmpty() ? arg.descriptionKey()
                : ((OptionSpec) arg).longestName().replaceFirst("^-+", "");
        return spec.usageMessage().messages().getString(key + ".label", arg.paramLabel());
    }

    /** The language a command line asks for, when it could not be parsed: the value after --lang, if it is one. */
    private static String language(String[] args) {
        String asked = LANGUAGES.get(0);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                asked = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                asked = args[i].substring("--lang=".length());
            }
        }
        return LANGUAGES.contains(asked) ? asked : LANGUAGES.get(0);
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        String language = language(args);
        speak(root(e.getCommandLine()), language);
        TerminalText text = TerminalText.of(language);
        PrintWriter err = e.getCommandLine().getErr();
        err.println(text.get("usage-error", problem(e, args, text), commandPath(e.getCommandLine())));
        err.flush();
        return ExitCodes.USAGE;
    }

    private static CommandLine root(CommandLine commandLine) {
        return commandLine.getParent() == null ? commandLine : root(commandLine.getParent());
    }

    /** What was wrong with the command line, with the nearest command or option when one was mistyped. */
    private static String problem(CommandLine.ParameterException e, String[] args, TerminalText text) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            List<String> near = unmatched.getSuggestions();
            String guess = near.isEmpty() ? "" : text.get("did-you-mean", near.get(0));
            if (first.startsWith("-")) {
                return text.get("no-such-option", first, guess);
            }
            if (e.getCommandLine().getParent() == null) {
                return text.get("no-such-command", first, guess);
            }
            return text.get("extra-arguments", String.join(" ", unmatched.getUnmatched()));
        }
        if (e.getArgSpec() != null && e.getValue() != null
                && e.getCause() instanceof CommandLine.TypeConversionException) {
            return text.get("wrong-value", e.getValue(), name(current(spec, e.getArgSpec())),
                    text.get(kind(e.getArgSpec().type())));
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing().stream().map(arg -> current(spec, arg)).toList();
            if (specs.size() == 1 && specs.get(0) instanceof OptionSpec option && given(option, args)) {
                return text.get("missing-value", "'" + option.longestName() + "' (" + option.paramLabel() + ")");
            }
            boolean options = specs.stream().allMatch(ArgSpec::isOption);
            return text.get(options ? "missing-options" : "missing-parameters",
                    specs.stream().map(Main::described).collect(Collectors.joining(", ")));
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return text.get("given-twice", name(overwritten.getOverwritten()));
        }
        return e.getMessage();
    }

    /** The option or parameter as the command has it now that its labels may be in another language. */
    private static ArgSpec current(CommandSpec spec, ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            OptionSpec now = spec.findOption(option.longestName());
            return now == null ? arg : now;
        }
        CommandLine.Range index = ((PositionalParamSpec) arg).index();
        return spec.positionalParameters().stream().filter(p -> p.index().equals(index)).findFirst()
                .map(ArgSpec.class::cast).orElse(arg);
    }

    private static boolean given(OptionSpec option, String[] args) {
        return Arrays.stream(args).anyMatch(arg -> Arrays.stream(option.names())
                .anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")));
    }

    private static String described(ArgSpec arg) {
        return "'" + (arg instanceof OptionSpec option ? option.longestName() + "=" : "") + arg.paramLabel() + "'";
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    private static String kind(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "kind-integer";
        }
        return type == Path.class ? "kind-path" : "kind-other";
    }

    private static String commandPath(CommandLine commandLine) {
        return commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
