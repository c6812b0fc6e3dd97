package fr.hdh.catalog.web.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = HdhCommand.class.getPackage().getImplementationVersion();
        return new String[] {"hdh " + (v == null ? "development" : v)};
    }
}
