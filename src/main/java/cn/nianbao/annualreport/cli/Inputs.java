package cn.nianbao.annualreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The files a command's inputs name: files as given, directories searched recursively in name order. */
final class Inputs {

    private Inputs() {
    }

    static List<Path> files(List<Path> inputs, CommandSpec spec) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new ParameterException(spec.commandLine(), "输入 " + input + " 不存在");
            }
        }
        return files;
    }

    /** The input files as the file system names them, to tell whether an output would replace one. */
    static Set<Path> named(List<Path> files) {
        Set<Path> named = new HashSet<>();
        files.forEach(file -> named.add(same(file)));
        return named;
    }

    /**
     * A usage error, before any work, when writing {@code output} would replace one of the inputs (as {@link #named}
     * gives them): nothing a user gave us is ever overwritten.
     */
    static void refuseReplacing(Set<Path> inputs, Path output, String what, CommandSpec spec) {
        if (isInput(inputs, output)) {
            throw new ParameterException(spec.commandLine(), what + " " + output + " 是输入文件之一，写出会覆盖它；"
                    + "请换一个输出位置");
        }
    }

    /** Whether writing {@code output} would replace one of the inputs (as {@link #named} gives them). */
    static boolean isInput(Set<Path> inputs, Path output) {
        return inputs.contains(same(output));
    }

    /** The path as the file system names it: absolute, normalised, links resolved where the file exists. */
    private static Path same(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
