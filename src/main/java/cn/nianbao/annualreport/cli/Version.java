package cn.nianbao.annualreport.cli;

import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The version from the jar's manifest, or "开发版" ("development build") when run from classes. */
final class Version implements IVersionProvider {

    @Spec
    private CommandSpec spec;

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"nianbao " + (version == null ? TerminalText.of(spec).get("development-build") : version)};
    }
}
