#!/usr/bin/env bash
# The Jackson 2 adapter before and after the wire format moved to its own module, over the same
# core (BeforeWireBenchmark). Takes the adapter's sources at the last commit before the move from
# the history, renames their package to dev.byline.beforewire, compiles them against today's
# core in the benchmarks jar, and runs the benchmark with them. Build the benchmarks first
# (mvn -B -pl benchmarks -am package -DskipTests). Arguments go to JMH and replace the default
# of 5 forks with the GC profiler; the script passes -jvmArgsAppend itself (heap size and where
# the old classes are), so do not pass another.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

BEFORE=902e511
OLD=jackson-module/src/main/java/dev/byline/jackson
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/before-wire

[ -f "$JAR" ] || { echo "build the benchmarks first: mvn -B -pl benchmarks -am package -DskipTests" >&2; exit 2; }
git cat-file -e "$BEFORE^{commit}" 2>/dev/null || { echo "commit $BEFORE is not in this clone's history" >&2; exit 2; }

rm -rf "$OUT"
mkdir -p "$OUT/src/dev/byline/beforewire" "$OUT/classes"
for path in $(git ls-tree --name-only "$BEFORE" "$OLD/"); do
    name=$(basename "$path")
    case "$name" in
        package-info.java) continue ;;
    esac
    # the package renamed; the nullness annotations dropped (jspecify is not in the benchmarks jar)
    git show "$BEFORE:$path" \
        | sed -e 's/^package dev\.byline\.jackson;/package dev.byline.beforewire;/' \
              -e 's/dev\.byline\.jackson\./dev.byline.beforewire./g' \
              -e '/^import org\.jspecify\./d' -e 's/@Nullable //g' \
        > "$OUT/src/dev/byline/beforewire/$name"
done
# the old module generated its version class at build time
cat > "$OUT/src/dev/byline/beforewire/PackageVersion.java" <<'EOF'
package dev.byline.beforewire;

import com.fasterxml.jackson.core.Version;

final class PackageVersion {
    static final String TEXT = "before-wire";
    static final Version VERSION = new Version(0, 0, 0, "before-wire", "dev.byline", "byline-jackson");

    private PackageVersion() {}
}
EOF
javac -nowarn -encoding UTF-8 -d "$OUT/classes" -cp "$JAR" "$OUT"/src/dev/byline/beforewire/*.java

if [ $# -eq 0 ]; then
    set -- -f 5 -prof gc
fi
exec java -jar "$JAR" '^dev.byline.benchmarks.json.BeforeWireBenchmark.(readBefore|readNow)$' \
    -jvmArgsAppend "-Xms1g -Xmx1g -Dbyline.beforeWire=$OUT/classes" "$@"
