#!/usr/bin/env bash
# Smoke test of the Linux installer, without installing it:
#   1. build the .deb (--build) or take the newest target/jpackage/installer/*.deb (or the one given)
#   2. check its control data: GTK 3 in Depends, the desktop entry, the icon
#   3. unpack it with dpkg-deb -x into a scratch folder (with its own empty HOME)
#   4. CLI mode:  <launcher> --demo --once --format json   -> exit 0 and JSON holding queues
#   5. GUI mode:  <launcher> --demo under xvfb-run, wait for the window, screenshot (import -window root),
#                 then the same with --fullscreen --monitor 1
#   6. print sizes (.deb, unpacked, app-image, runtime) and fail if the .deb is over the limit
#
# Usage: packaging/linux/smoke-test.sh [--build] [path/to/queue-wallboard_*.deb]
# Env:   SMOKE_DIR (default target/smoke), MAX_DEB_MB (45), GUI_TIMEOUT (60 s), SCREEN (1280x720x24)
# Needs: dpkg-deb, jq, xvfb-run, xauth, xwininfo, import (imagemagick), libgtk-3-0. Missing apt
#        packages are installed when run as root (fresh Debian 12), otherwise it says what to install.
set -euo pipefail

self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
if [[ "${1:-}" == "__gui" ]]; then   # inner part of the GUI step, runs inside xvfb-run
  shift; launcher="$1" shot="$2" log="$3"; shift 3
  t0=$(date +%s%N)
  "$launcher" "$@" >"$log" 2>&1 & pid=$!
  # the GTK leader window (named like the app, 1x1 or 10x10) comes first: wait for a big one
  win=""
  for _ in $(seq 1 $(( ${GUI_TIMEOUT:-60} * 4 ))); do
    kill -0 "$pid" 2>/dev/null || { echo "app exited before showing a window"; exit 3; }
    win=$(xwininfo -root -tree 2>/dev/null | grep '"' \
          | sed -nE 's/^ *(0x[0-9a-f]+) (.*) ([0-9]+)x([0-9]+)\+-?[0-9]+\+-?[0-9]+ .*/\3 \4 \1 \2/p' \
          | awk '$1 >= 320 && $2 >= 200' | head -1 || true)
    [[ -n "$win" ]] && break
    sleep 0.25
  done
  [[ -n "$win" ]] || { echo "no window within ${GUI_TIMEOUT:-60} s"; kill "$pid"; exit 4; }
  echo "window after $(( ($(date +%s%N) - t0) / 1000000 )) ms: $win"
  sleep 4   # let the demo feed draw its first figures
  kill -0 "$pid" 2>/dev/null || { echo "app died after showing its window"; exit 5; }
  import -window root "$shot"
  echo "memory: $(grep VmRSS /proc/$pid/status | tr -s ' \t' ' ')"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  exit 0
fi

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
build=0; deb=""
for a in "$@"; do
  case "$a" in
    --build) build=1 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) deb="$a" ;;
  esac
done
SMOKE_DIR="${SMOKE_DIR:-$root/target/smoke}"
MAX_DEB_MB="${MAX_DEB_MB:-45}"
export GUI_TIMEOUT="${GUI_TIMEOUT:-60}"
SCREEN="${SCREEN:-1280x720x24}"

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
mb()   { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }

# --- 0. tools --------------------------------------------------------------------------------
step "tools"
gtk=libgtk-3-0
if apt-cache show libgtk-3-0t64 >/dev/null 2>&1 && ! apt-cache show libgtk-3-0 >/dev/null 2>&1; then gtk=libgtk-3-0t64; fi
need=()
for p in xvfb xauth x11-utils imagemagick jq "$gtk" fakeroot binutils; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if ((${#need[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "installing: ${need[*]}"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
  else
    fail "missing packages: ${need[*]} (sudo apt-get install ${need[*]})"
  fi
fi
echo "ok: xvfb xauth x11-utils imagemagick jq $gtk fakeroot binutils"

# --- 1. the .deb ------------------------------------------------------------------------------
if ((build)); then
  step "build: mvn -B clean package -Pinstaller"
  t0=$(date +%s)
  mvn -B -q clean package -Pinstaller
  echo "built in $(( $(date +%s) - t0 )) s"
fi
if [[ -z "$deb" ]]; then
  deb=$(ls -t target/jpackage/installer/*.deb 2>/dev/null | head -1 || true)
fi
[[ -n "$deb" && -f "$deb" ]] || fail "no .deb: run with --build, or mvn -B clean package -Pinstaller first"
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
step "package: $deb"

# --- 2. control data --------------------------------------------------------------------------
dpkg-deb -f "$deb" Package Version Architecture Installed-Size
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
grep -Eq '(^|[ ,|])libgtk-3-0(t64)?([ ,|]|$)' <<<"$depends" || fail "Depends does not declare GTK 3 (libgtk-3-0): --linux-package-deps missing?"
echo "ok: GTK 3 declared in Depends"

# --- 3. unpack --------------------------------------------------------------------------------
rm -rf "$SMOKE_DIR"; mkdir -p "$SMOKE_DIR/home"
dpkg-deb -x "$deb" "$SMOKE_DIR/root"
launcher=$(ls "$SMOKE_DIR"/root/opt/*/bin/* | head -1)
[[ -x "$launcher" ]] || fail "no launcher under /opt/*/bin in the package"
app_dir=$(dirname "$(dirname "$launcher")")
desktop=$(ls "$app_dir"/lib/*.desktop 2>/dev/null | head -1 || true)
[[ -n "$desktop" ]] || fail "no desktop entry in the package (--linux-shortcut?)"
echo "launcher: ${launcher#"$SMOKE_DIR/root"}"
echo "desktop entry: ${desktop#"$SMOKE_DIR/root"}"
sed 's/^/  | /' "$desktop"
grep -q '^Name=Queue Wallboard$' "$desktop" || fail "desktop entry: Name is not 'Queue Wallboard'"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
[[ "$exec_line" == "env GDK_GL=disable MALLOC_ARENA_MAX=2 /opt/"* ]] || fail "desktop entry: Exec does not start the launcher with GDK_GL=disable MALLOC_ARENA_MAX=2: $exec_line"
[[ -x "$SMOKE_DIR/root${exec_line##* }" ]] || fail "desktop entry: Exec names ${exec_line##* }, which is not in the package"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[[ -f "$SMOKE_DIR/root$icon" ]] || fail "desktop entry: icon $icon is not in the package"
echo "ok: desktop entry and icon ($(identify -format '%wx%h %m' "$SMOKE_DIR/root$icon"))"

# a clean first-time user: own HOME and user.home (Java takes user.home from the passwd entry, not
# $HOME; JavaFX unpacks its natives to <user.home>/.openjfx/cache at the first start), own settings folder
run_env=(env -u XDG_CONFIG_HOME -u GENESYS_CLIENT_SECRET -u GENESYS_CLIENT_ID HOME="$SMOKE_DIR/home"
         JAVA_TOOL_OPTIONS="-Duser.home=$SMOKE_DIR/home"
         QUEUE_WALLBOARD_HOME="$SMOKE_DIR/home/settings")
cd "$SMOKE_DIR/home"   # so no .env of the developer's working folder is picked up

# --- 4. CLI -----------------------------------------------------------------------------------
step "CLI: queue-wallboard --demo --once --format json"
t0=$(date +%s%N)
set +e
"${run_env[@]}" timeout 120 "$launcher" --demo --once --format json >"$SMOKE_DIR/cli.json" 2>"$SMOKE_DIR/cli.err"
rc=$?
set -e
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
echo "exit $rc in $ms ms; stdout $(wc -c <"$SMOKE_DIR/cli.json") bytes, stderr $(wc -c <"$SMOKE_DIR/cli.err") bytes"
head -c 600 "$SMOKE_DIR/cli.json"; echo
[[ $rc -eq 0 ]] || { sed 's/^/  stderr| /' "$SMOKE_DIR/cli.err" | tail -20; fail "CLI exit code $rc"; }
jq -e . "$SMOKE_DIR/cli.json" >/dev/null || fail "CLI output is not JSON"
nq=$(jq '[.. | objects | select(has("queues")) | .queues | arrays | length] | max // 0' "$SMOKE_DIR/cli.json")
[[ "$nq" -gt 0 ]] || fail "CLI JSON holds no queues"
echo "ok: JSON with $nq queues"

# --- 5. GUI -----------------------------------------------------------------------------------
gui_shot() {  # gui_shot NAME ARGS... : start the GUI under Xvfb, wait for a real window, screenshot
  local name="$1"; shift
  local shot="$SMOKE_DIR/$name.png"
  step "GUI: queue-wallboard $* (Xvfb $SCREEN) -> $shot"
  "${run_env[@]}" xvfb-run -a -s "-screen 0 $SCREEN" \
      bash "$self" __gui "$launcher" "$shot" "$SMOKE_DIR/$name.log" "$@" \
    || { sed 's/^/  log| /' "$SMOKE_DIR/$name.log" | tail -30; fail "GUI run ($*)"; }
  local colours; colours=$(identify -format '%k' "$shot")
  echo "screenshot: $(identify -format '%wx%h' "$shot"), $colours colours"
  [[ "$colours" -gt 16 ]] || fail "screenshot $shot is (nearly) blank"
  grep -iE 'exception|error' "$SMOKE_DIR/$name.log" | grep -v 'XSetErrorHandler' | head -5 | sed 's/^/  log| /' || true
}
gui_shot gui --demo
gui_shot gui-fullscreen --demo --fullscreen --monitor 1
applog=$(ls -t "$SMOKE_DIR"/home/settings/queue-wallboard*.log 2>/dev/null | head -1 || true)
[[ -d "$SMOKE_DIR/home/.openjfx/cache" ]] && echo "ok: JavaFX natives unpacked for the new user: $(find "$SMOKE_DIR/home/.openjfx/cache" -name "*.so" | wc -l) .so files in ~/.openjfx/cache"
if [[ -n "$applog" ]]; then
  echo "app log $applog: $(grep -c . "$applog") lines, $(grep -cE 'SEVERE|WARNING' "$applog" || true) warnings/errors"
  grep -E 'SEVERE|WARNING' -A1 "$applog" | tail -6 | sed 's/^/  applog| /' || true
fi

# --- 6. sizes ---------------------------------------------------------------------------------
step "sizes"
deb_bytes=$(stat -c %s "$deb")
echo ".deb:             $(mb "$deb_bytes")  ($(basename "$deb"))"
echo "unpacked /opt:    $(mb $(( $(du -sk "$app_dir" | cut -f1) * 1024 )))"
echo "  of it runtime:  $(mb $(( $(du -sk "$app_dir/lib/runtime" | cut -f1) * 1024 )))"
echo "  of it app jars: $(mb $(( $(du -sk "$app_dir/lib/app" | cut -f1) * 1024 )))"
img=$(ls -d "$root"/target/jpackage/app-image/*/ 2>/dev/null | head -1 || true)
[[ -n "$img" ]] && echo "app-image:        $(mb $(( $(du -sk "$img" | cut -f1) * 1024 )))  ($img)"
(( deb_bytes < MAX_DEB_MB * 1048576 )) || fail ".deb is over ${MAX_DEB_MB} MB"
echo
echo "SMOKE TEST PASSED: CLI JSON ($nq queues), GUI screenshots $SMOKE_DIR/gui.png and $SMOKE_DIR/gui-fullscreen.png, .deb $(mb "$deb_bytes") < ${MAX_DEB_MB} MB"
