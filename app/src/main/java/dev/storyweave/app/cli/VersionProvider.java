package dev.storyweave.app.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest, or {@code dev} when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"storyweave " + (version == null ? "0.1.0-SNAPSHOT" : version)};
  }
}
