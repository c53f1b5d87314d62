#!/usr/bin/env bash
# Makes the command line's AOT cache in the build folder (mvn package runs this after the jar): a training
# run of `polku export` of a sample to PNG, recorded with the same JVM options as ./polku runs a command
# with, then written as BUILD_DIR/polku-cli-CKSUM.aot, named for the java binary as ./polku names its caches
# (a cache belongs to one jar and one java). ./polku starts every command from it while it is newer than the
# jar. It never fails the build: without a JDK 25, or when training fails, there is simply no cache, and
# commands start as a plain JVM does.
#   packaging/cli-cache.sh [BUILD_DIR]   (BUILD_DIR holds polku.jar and lib/, target/ by default)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/target}"
JAR="$BUILD/polku.jar"
SAMPLE="$ROOT/assets/samples/store-bus.polku.json"
# Keep in step with CLI_OPTIONS and the -Xlog options in ./polku: a cache recorded under other options is
# not used.
CLI_OPTIONS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
AOT_QUIET="-Xlog:aot*=off,cds*=off"

say() { echo "cli-cache: $*" >&2; }

# The java ./polku picks (its find_java): JAVA_HOME, then PATH, then the newest under /usr/lib/jvm; 25 or newer.
feature() { "$1" -version 2>&1 | sed -n 's/.* version "\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' | head -n 1; }
new_enough() { [ -x "$1" ] && [ "$(feature "$1")" -ge 25 ] 2>/dev/null; }
find_java() {
  if [ -n "${JAVA_HOME:-}" ] && new_enough "$JAVA_HOME/bin/java"; then echo "$JAVA_HOME/bin/java"; return; fi
  local on_path best="" best_feature=0 candidate f
  on_path="$(command -v java || true)"
  if [ -n "$on_path" ] && new_enough "$on_path"; then echo "$on_path"; return; fi
  for candidate in /usr/lib/jvm/*/bin/java; do
    new_enough "$candidate" || continue
    f="$(feature "$candidate")"
    if [ "$f" -gt "$best_feature" ]; then best="$candidate"; best_feature="$f"; fi
  done
  echo "$best"
}

JAVA="$(find_java)"
if [ -z "$JAVA" ] || [ ! -f "$JAR" ]; then
  say "no JDK 25 or no $JAR: commands will start without an AOT cache"
  exit 0
fi
CACHE="$BUILD/polku-cli-$(printf '%s' "$JAVA" | cksum | cut -d ' ' -f 1).aot"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Recorded and written in two steps, and moved into place whole, so that ./polku never reads half a cache.
if "$JAVA" "${CLI_OPTIONS[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$work/cli.conf" "$AOT_QUIET" \
      -Djava.io.tmpdir="$work" -jar "$JAR" export "$SAMPLE" --format png -o "$work/training.png" \
      >"$work/out.txt" 2>&1 \
    && "$JAVA" "${CLI_OPTIONS[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$work/cli.conf" \
      -XX:AOTCache="$work/cli.aot" "$AOT_QUIET" -jar "$JAR" >>"$work/out.txt" 2>&1 \
    && [ -s "$work/cli.aot" ]; then
  mv -f "$work/cli.aot" "$CACHE"
else
  say "no AOT cache for the command line was made; commands will start without one. Training output:"
  cat "$work/out.txt" >&2
  rm -f "$CACHE"
fi
exit 0
