package cn.nianbao.annualreport.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "开发版" when run from classes. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"nianbao " + (version == null ? "开发版" : version)};
    }
}
