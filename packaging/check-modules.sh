#!/usr/bin/env bash
# Keeps packaging/jlink-modules.txt honest: runs jdeps over the jars that go into the installer
# (the app jar and its runtime dependencies, with the JavaFX platform jars on the module path) and
# fails if they use a JDK/JavaFX module that the jlinked runtime does not hold.
#
# Usage: packaging/check-modules.sh          (after `mvn -B package -Pinstaller`, which fills
#                                             target/jpackage/{input,modules,app-image})
# Exit 0: every module jdeps finds is in the runtime. Exit 1: one is missing (add it to
# packaging/jlink-modules.txt). Modules listed but not seen by jdeps are printed for review: some
# are needed all the same (services such as jdk.crypto.ec are invisible to jdeps).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
jp="$root/target/jpackage"
list="$root/packaging/jlink-modules.txt"
JDEPS="${JAVA_HOME:+$JAVA_HOME/bin/}jdeps"

[[ -d "$jp/input" && -d "$jp/modules" ]] || {
  echo "no $jp/input: run  mvn -B package -Pinstaller -Djp.skipInstaller=true  first" >&2; exit 2; }

# every JDK / JavaFX module referenced directly by any of the jars
used=$("$JDEPS" -s --ignore-missing-deps --multi-release 17 --module-path "$jp/modules" "$jp"/input/*.jar 2>/dev/null \
  | awk '$2 == "->" {print $3}' | grep -E '^(java|jdk|javafx)\.' | sort -u)

# what the file asks for, and what the built runtime really holds (the asked-for modules plus their requires)
listed=$(awk '$1 == "--add-modules" {print $2}' "$list" | tr ',' '\n' | sort -u)
release=$(ls "$jp"/app-image/*/lib/runtime/release "$jp"/app-image/*/runtime/release \
               "$jp"/app-image/*.app/Contents/runtime/Contents/Home/release 2>/dev/null | head -1 || true)
if [[ -n "$release" ]]; then
  runtime=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$release" | tr ' ' '\n' | sort -u)
  echo "runtime ($release): $(echo "$runtime" | wc -l) modules"
else
  runtime="$listed"
  echo "no app-image yet: checking against the list only"
fi

echo "jdeps finds: $(echo $used | tr ' ' ',')"
missing=$(comm -23 <(echo "$used") <(echo "$runtime") || true)
extra=$(comm -13 <(echo "$used") <(echo "$listed") || true)
[[ -n "$extra" ]] && echo "listed, not seen by jdeps (keep only with a reason in jlink-modules.txt): $(echo $extra | tr ' ' ',')"
if [[ -n "$missing" ]]; then
  echo "MISSING from the runtime: $(echo $missing | tr ' ' ',') -> add them to packaging/jlink-modules.txt" >&2
  exit 1
fi
echo "OK: packaging/jlink-modules.txt covers everything jdeps finds"
