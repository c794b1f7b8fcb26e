#!/usr/bin/env bash
# Builds the app, starts the demo board under Xvfb and takes two screenshots:
#   assets/screenshot-window.png      a 1600x900 window
#   assets/screenshot-fullscreen.png  full screen on a 1920x1080 monitor (--fullscreen)
# Needs: xvfb (xvfb-run), libgtk-3-0, imagemagick (import), x11-utils (xwininfo).
# The demo runs a fixed busy hour (--sim-time 10:30), so the pictures look alike at any hour;
# it refreshes every 2 s for 40 s before the shot, so the sparklines show a trend.
# Uses a throw-away settings folder, so no real credentials are ever read or shown.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OFFLINE=${OFFLINE:--o}

for tool in xvfb-run import xwininfo; do
    command -v "$tool" >/dev/null || { echo "make-screenshots: '$tool' is missing (apt-get install xvfb imagemagick x11-utils libgtk-3-0)" >&2; exit 2; }
done

mvn -B -q $OFFLINE -DskipTests package
JAR="$ROOT/target/queue-wallboard.jar"
[ -f "$JAR" ] || { echo "make-screenshots: $JAR was not built" >&2; exit 1; }

# shot NAME SCREEN_WxH [launcher flags...]
shot() {
    local name=$1 screen=$2; shift 2
    local home; home=$(mktemp -d)
    local w=${screen%x*} h=${screen#*x}
    # remembered window size = the whole screen, so the window mode fills the picture
    printf '{"width": %s, "height": %s, "fullScreen": false, "theme": "dark"}\n' "$w" "$h" > "$home/ui-state.json"
    QUEUE_WALLBOARD_HOME="$home" xvfb-run -a -s "-screen 0 ${screen}x24" bash -c '
        java -Dprism.order=sw -Dqueuewallboard.home="$0" -jar "$1" --demo --sim-time 10:30 --interval 2 "${@:3}" >/dev/null 2>&1 & pid=$!
        for i in $(seq 1 120); do
            xwininfo -root -tree | grep -q "\"Queue Wallboard" && break
            sleep 0.25
        done
        sleep 40   # simulator start, then ~18 refreshes at 2 s so the sparklines have a shape
        import -window root "$2"
        kill $pid; wait $pid 2>/dev/null || true
    ' "$home" "$JAR" "$ROOT/assets/$name" "$@"
    rm -rf "$home"
    echo "wrote assets/$name"
}

shot screenshot-window.png 1600x900
shot screenshot-fullscreen.png 1920x1080 --fullscreen
