#!/usr/bin/env bash
# Builds Polku's installable app (mvn -Ppackage package runs this after the jar): a runtime image trimmed by
# jdeps and jlink, an app image made by jpackage with two launchers (the desktop app and the command line), each
# with an AOT cache from a training run, and on Linux a .deb.
# On Windows and macOS the same profile makes an .msi or a .dmg (README "Install"); this script is the Linux
# and CI path.
#   packaging/package.sh VERSION [app-image|deb] [BUILD_DIR]   (deb includes the app image; BUILD_DIR holds
#   polku.jar and lib/, target/ by default; the JDK is JAVA_HOME when that is a JDK 25 or newer, else the
#   newest under /usr/lib/jvm)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
find_jdk() {
  local java
  for java in "${JAVA_HOME:-/nonexistent}/bin/java" $(ls -r /usr/lib/jvm/*/bin/java 2>/dev/null); do
    if [ -x "$java" ] && "$java" -version 2>&1 | grep -Eq 'version "(2[5-9]|[3-9][0-9])'; then
      dirname "$(dirname "$java")"
      return
    fi
  done
}
JDK="$(find_jdk)"
VERSION="${1%%-*}"          # jpackage wants numbers: 0.1.0-SNAPSHOT is packaged as 0.1.0
WANT="${2:-deb}"
TARGET="${3:-$ROOT/target}"
OUT="$TARGET/package"
IMAGE="$OUT/image/polku"
start=$(date +%s)

say() { echo "package: $*" >&2; }
[ -n "$JDK" ] && [ -x "$JDK/bin/jpackage" ] || { say "no jpackage in $JDK (a JDK 25 is needed)"; exit 1; }
[ -f "$TARGET/polku.jar" ] && [ -d "$TARGET/lib" ] || { say "build target/polku.jar first (mvn package)"; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT/input/lib"
cp "$TARGET/polku.jar" "$OUT/input/"
cp "$TARGET"/lib/*.jar "$OUT/input/lib/"

# --- Runtime image: the JDK modules the jar and its libraries use (jdeps), plus what only reflection or
# service loading reaches: jdk.zipfs (listing the samples in the jar), jdk.localedata (Finnish dates and
# numbers; only en and fi are kept) and jdk.crypto.ec (PDFBox reads signed PDFs' certificates).
modules="$("$JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 \
  --class-path "$OUT/input/lib/*" "$OUT/input/polku.jar")"
modules="$modules,jdk.zipfs,jdk.localedata,jdk.crypto.ec"
say "runtime modules: $modules"
"$JDK/bin/jlink" --add-modules "$modules" --include-locales=en,fi --strip-debug --no-header-files \
  --no-man-pages --compress=zip-6 --output "$OUT/runtime"

# --- App image with two launchers: bin/polku, the desktop app (the desktop entry and file association start
# it), and bin/polku-cli, the command line (export, validate, ...) with ./polku's JVM options for a command
# (packaging/cli-cache.sh): the client compiler alone and the serial collector, since C2 and G1 cost a
# one-second process more than they gain. Its desktop entry is hidden (the .deb, below). bin/polku-command,
# the `polku` on PATH, sends each command line to one of them as ./polku does.
CLI_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# The desktop app's C2 comes later than usual, as in ./polku (APP_JIT there says why).
APP_JIT="-XX:Tier4InvocationThreshold=40000 -XX:Tier4MinInvocationThreshold=20000 -XX:Tier4CompileThreshold=50000 -XX:Tier4BackEdgeThreshold=400000"
printf 'java-options=--enable-native-access=ALL-UNNAMED %s\nlinux-shortcut=false\n' "$CLI_OPTIONS" \
  >"$OUT/polku-cli.properties"
"$JDK/bin/jpackage" --type app-image --name polku --app-version "$VERSION" \
  --vendor "Polku" --description "Customer journey maps" \
  --input "$OUT/input" --main-jar polku.jar --main-class fi.polku.Main \
  --runtime-image "$OUT/runtime" --icon "$ROOT/assets/icons/polku-256.png" \
  --java-options "--enable-native-access=ALL-UNNAMED $APP_JIT" \
  --add-launcher polku-cli="$OUT/polku-cli.properties" \
  --dest "$OUT/image"
install -m 755 "$ROOT/packaging/linux/polku-command" "$IMAGE/bin/polku-command"
# An AOT cache refuses a jar whose modification time is not the one it was trained with (the command
# launcher's cache checks them), and jpackage copies the image into the .deb with new times: the jars get the
# build's start time here, before training, and the .deb's postinst sets the same time again (POLKU_JAR_TIME).
jar_time="$start"
find "$IMAGE/lib/app" -name '*.jar' -exec touch -d "@$jar_time" {} +

# Starts a launcher from the AOT cache CACHE: adds it to the launcher's configuration (CFG), with a cache that
# does not fit (another JVM) skipped quietly rather than warned about.
use_cache() {
  printf 'java-options=-XX:AOTCache=$APPDIR/%s\njava-options=-Xlog:aot*=off,cds*=off\n' "$(basename "$1")" \
    >"$2.aot"
  sed -i '/^\[JavaOptions\]/r '"$2.aot" "$2"
  rm -f "$2.aot"
}

# --- AOT cache (JDK 25, JEP 483/514/515): a training start of the app image's own launcher opens a sample
# under a private X server and quits after its first map frame; the cache then ships beside the jar and the
# launcher starts from it. Without Xvfb the image ships without a cache (it starts as fast as a plain JVM).
# The command launcher has a cache of its own (below): a cache belongs to one set of JVM options.
train_dir="$(mktemp -d)"
cache="$IMAGE/lib/app/polku.aot"
if command -v Xvfb >/dev/null 2>&1; then
  display=":$((90 + RANDOM % 100))"
  Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  DISPLAY="$display" JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache -Xlog:aot*=warning,cds*=warning \
-Dpolku.home=$train_dir/home -Djava.util.prefs.userRoot=$train_dir/prefs -Duser.home=$train_dir \
-Dpolku.firstFrameMarker=trained -Dpolku.firstFrameExit=true" \
    timeout 300 "$IMAGE/bin/polku" --sample >"$train_dir/out.txt" 2>&1 || true
  kill "$xvfb" 2>/dev/null || true
  if [ -s "$cache" ]; then
    use_cache "$cache" "$IMAGE/lib/app/polku.cfg"
    say "AOT cache: $(du -h "$cache" | cut -f1)"
  else
    say "no AOT cache was made; training output:"; cat "$train_dir/out.txt" >&2
  fi
else
  say "Xvfb is not installed: the app image ships without an AOT cache"
fi

# The command launcher's cache: a training export of a sample to PNG through bin/polku-cli itself, so with
# the image's runtime, jars and the command line's JVM options (a cache recorded under other ones is not
# used). Needs no display.
cli_cache="$IMAGE/lib/app/polku-cli.aot"
JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cli_cache -Xlog:aot*=warning,cds*=warning \
-Dpolku.home=$train_dir/home -Djava.util.prefs.userRoot=$train_dir/prefs -Duser.home=$train_dir" \
  timeout 300 "$IMAGE/bin/polku-cli" export "$ROOT/assets/samples/store-bus.polku.json" --format png \
  -o "$train_dir/training.png" >"$train_dir/cli-out.txt" 2>&1 || true
if [ -s "$cli_cache" ]; then
  use_cache "$cli_cache" "$IMAGE/lib/app/polku-cli.cfg"
  say "command line's AOT cache: $(du -h "$cli_cache" | cut -f1)"
else
  say "no AOT cache for the command launcher was made; training output:"; cat "$train_dir/cli-out.txt" >&2
fi
rm -rf "$train_dir"
say "app image: $IMAGE ($(du -sh "$IMAGE" | cut -f1)) after $(( $(date +%s) - start )) s"

# --- Debian package, from the app image above: desktop entry, icon, *.polku.json association, `polku` on PATH.
# JavaFX's native libraries sit inside its jars, where jpackage's dependency scan does not look: GTK 3 is
# named by hand.
if [ "$WANT" = deb ]; then
  # The map files' icon is the app's; jpackage wants its path whole.
  { cat "$ROOT/packaging/linux/polku-map.properties"; echo "icon=$ROOT/assets/icons/polku-256.png"; } \
    >"$OUT/polku-map.properties"
  # The desktop entry, the install scripts and the icon: a package made from an app image otherwise gets
  # jpackage's own default icon.
  mkdir -p "$OUT/resources"
  # jpackage writes a desktop entry for the command launcher too, since it shares the app's icon, whatever
  # linux-shortcut says; polku-cli.desktop keeps it out of the menus (NoDisplay) and claims no file type.
  cp "$ROOT"/packaging/linux/polku.desktop "$ROOT"/packaging/linux/polku-cli.desktop \
    "$ROOT"/packaging/linux/postinst "$ROOT"/packaging/linux/prerm "$OUT/resources/"
  sed -i "s/POLKU_JAR_TIME/$jar_time/" "$OUT/resources/postinst"
  cp "$ROOT/assets/icons/polku-256.png" "$OUT/resources/polku.png"
  "$JDK/bin/jpackage" --type deb --app-image "$IMAGE" --name polku --app-version "$VERSION" \
    --vendor "Polku" --description "Customer journey maps" \
    --icon "$ROOT/assets/icons/polku-256.png" \
    --resource-dir "$OUT/resources" \
    --file-associations "$OUT/polku-map.properties" \
    --linux-shortcut --linux-menu-group "Office;ProjectManagement;" --linux-app-category office \
    --linux-deb-maintainer "polku@localhost" \
    --linux-package-deps "libgtk-3-0 | libgtk-3-0t64" \
    --dest "$OUT"
  say "deb: $(ls "$OUT"/*.deb) ($(du -h "$OUT"/*.deb | cut -f1)) after $(( $(date +%s) - start )) s"
fi
