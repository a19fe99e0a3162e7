package dev.byline.jackson3;

import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** The version of this artifact, filled in by the build from the project's version. Not API. */
final class PackageVersion {

    private PackageVersion() {}

    /** The artifact version, as given in the build: {@value}. */
    static final String TEXT = "${project.version}";

    /** The artifact version as Jackson reports module versions. */
    static final Version VERSION = VersionUtil.parseVersion(TEXT, "${project.groupId}", "${project.artifactId}");
}
