#!/usr/bin/env bash
# Builds Polku's installable app (mvn -Ppackage package runs this after the jar): a runtime image trimmed by
# jdeps and jlink, an app image made by jpackage with an AOT cache from a training start, and on Linux a .deb.
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

# --- App image.
"$JDK/bin/jpackage" --type app-image --name polku --app-version "$VERSION" \
  --vendor "Polku" --description "Customer journey maps" \
  --input "$OUT/input" --main-jar polku.jar --main-class fi.polku.Main \
  --runtime-image "$OUT/runtime" --icon "$ROOT/assets/icons/polku-256.png" \
  --java-options "--enable-native-access=ALL-UNNAMED" \
  --dest "$OUT/image"

# --- AOT cache (JDK 25, JEP 483/514/515): a training start of the app image's own launcher opens a sample
# under a private X server and quits after its first map frame; the cache then ships beside the jar and the
# launcher starts from it. Without Xvfb the image ships without a cache (it starts as fast as a plain JVM).
# The image has one launcher (the desktop entry and the `polku` command are one program) and so one cache.
# A cache trained in one JVM on a command-line export as well, then the app, was tried: the app started no
# slower, but `polku export` was no faster either, since the app's JVM options (C2, G1) dominate a command;
# ./polku's commands gain from other options (packaging/cli-cache.sh), which would need a second launcher.
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
    # The launcher's configuration: start from the cache; a cache that does not fit (another JVM) is
    # skipped quietly rather than warned about.
    printf 'java-options=-XX:AOTCache=$APPDIR/polku.aot\njava-options=-Xlog:aot*=off,cds*=off\n' \
      >>"$IMAGE/lib/app/polku.cfg.aot"
    sed -i '/^\[JavaOptions\]/r '"$IMAGE/lib/app/polku.cfg.aot" "$IMAGE/lib/app/polku.cfg"
    rm -f "$IMAGE/lib/app/polku.cfg.aot"
    say "AOT cache: $(du -h "$cache" | cut -f1)"
  else
    say "no AOT cache was made; training output:"; cat "$train_dir/out.txt" >&2
  fi
else
  say "Xvfb is not installed: the app image ships without an AOT cache"
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
  cp "$ROOT"/packaging/linux/polku.desktop "$ROOT"/packaging/linux/postinst "$ROOT"/packaging/linux/prerm \
    "$OUT/resources/"
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
