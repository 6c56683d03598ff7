package fr.vigie.cli;

import picocli.CommandLine;

/** Version from the jar manifest (set by Maven), or « dev » when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VigieMain.class.getPackage().getImplementationVersion();
        return new String[] {"Vigie " + (version == null ? "dev" : version)};
    }
}
