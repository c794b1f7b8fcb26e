#!/usr/bin/env bash
# Soak test of the board window: runs the demo under Xvfb with many queues and an accelerated
# simulator for N minutes, samples the window JVM's memory (VmRSS), threads and open files
# every INTERVAL seconds, prints a table and a verdict. Needs: xvfb xauth libgtk-3-0, a built jar.
#
#   packaging/linux/soak.sh [minutes=15] [speed=10] [extra-queues=187] [jar=target/queue-wallboard.jar]
#   env: INTERVAL=30 WARMUP_S=180 LIMIT_MB=250 DISPLAY_NUM=97 JAVA=java EXTRA_ARGS="..." (more board flags)
#
# Exit code 0 when RSS stays under LIMIT_MB and threads and fds stay flat; 1 otherwise; 2 on setup errors.
set -u
MINUTES=${1:-15}; SPEED=${2:-10}; EXTRA=${3:-187}; JAR=${4:-target/queue-wallboard.jar}
INTERVAL=${INTERVAL:-30}; WARMUP_S=${WARMUP_S:-180}; LIMIT_MB=${LIMIT_MB:-250}; DISPLAY_NUM=${DISPLAY_NUM:-97}; JAVA=${JAVA:-java}
[ -f "$JAR" ] || { echo "soak: no jar at $JAR; build it with: mvn -B package -DskipTests" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "soak: Xvfb missing; apt-get install xvfb xauth libgtk-3-0" >&2; exit 2; }

WORK=$(mktemp -d)
cleanup() {
  [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null
  sleep 1
  [ -n "${APP:-}" ] && kill -9 "$APP" 2>/dev/null
  [ -n "${XVFB:-}" ] && kill "$XVFB" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

Xvfb ":$DISPLAY_NUM" -screen 0 1920x1080x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB=$!
sleep 2
kill -0 "$XVFB" 2>/dev/null || { echo "soak: Xvfb did not start on :$DISPLAY_NUM (busy? set DISPLAY_NUM)" >&2; exit 2; }

# a fresh settings folder: the demo, full screen as on a wall
DISPLAY=":$DISPLAY_NUM" QUEUE_WALLBOARD_HOME="$WORK/home" \
  "$JAVA" -Dprism.order=sw -jar "$JAR" --demo --fullscreen --speed "$SPEED" --sim-extra-queues "$EXTRA" ${EXTRA_ARGS:-} \
  >"$WORK/app.out" 2>&1 &
APP=$!

# the window runs in the JVM that carries the tuned options (java -jar relaunches once)
WIN=""
for _ in $(seq 1 60); do
  WIN=$(pgrep -P "$APP" java || true)
  if [ -z "$WIN" ] && tr '\0' ' ' </proc/$APP/cmdline 2>/dev/null | grep -q -- '-Dqueuewallboard.jvm=tuned'; then WIN=$APP; fi
  [ -n "$WIN" ] && break
  sleep 1
done
[ -n "$WIN" ] || { echo "soak: the window JVM did not start" >&2; cat "$WORK/app.out" >&2; exit 2; }

rss()  { awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status" 2>/dev/null; }
# private memory: RSS less mapped libraries and the X server's shared image
anon() { awk '/RssAnon/ {print int($2/1024)}' "/proc/$1/status" 2>/dev/null; }
thr()  { awk '/Threads/ {print $2}' "/proc/$1/status" 2>/dev/null; }
fds()  { ls "/proc/$1/fd" 2>/dev/null | wc -l; }
cpu()  { awk '{print $14+$15}' "/proc/$1/stat" 2>/dev/null; }

echo "soak: $MINUTES min, speed $SPEED, $((13 + EXTRA)) queues, window JVM pid $WIN (launcher pid $APP), sample every ${INTERVAL}s"
printf '%6s %9s %9s %12s %8s %5s %7s\n' "t(s)" "RSS(MB)" "anon(MB)" "launcher(MB)" "threads" "fds" "cpu(%)"
HZ=$(getconf CLK_TCK); START=$(date +%s); END=$((START + MINUTES * 60))
PREV_CPU=$(cpu "$WIN"); PREV_T=$START
MAX=0; FIRST_THR=""; LAST_THR=0; FIRST_FD=""; LAST_FD=0; N=0
while :; do
  sleep "$INTERVAL"
  kill -0 "$WIN" 2>/dev/null || { echo "soak: the window JVM died"; tail -20 "$WORK/app.out"; exit 1; }
  NOW=$(date +%s); R=$(rss "$WIN"); T=$(thr "$WIN"); F=$(fds "$WIN"); C=$(cpu "$WIN")
  L=0; [ "$WIN" != "$APP" ] && L=$(rss "$APP")
  PCT=$(( (C - PREV_CPU) * 100 / HZ / (NOW - PREV_T > 0 ? NOW - PREV_T : 1) )); PREV_CPU=$C; PREV_T=$NOW
  N=$((N + 1))
  # start-up fills the pools (simulator, query threads): flatness is judged after WARMUP_S
  if [ -z "$FIRST_THR" ] && [ $((NOW - START)) -ge "$WARMUP_S" ]; then FIRST_THR=$T; FIRST_FD=$F; fi
  LAST_THR=$T; LAST_FD=$F; [ "$R" -gt "$MAX" ] && MAX=$R
  printf '%6d %9d %9d %12d %8d %5d %7d\n' $((NOW - START)) "$R" "$(anon "$WIN")" "$L" "$T" "$F" "$PCT"
  [ "$NOW" -ge "$END" ] && break
done
FIRST_THR=${FIRST_THR:-$LAST_THR}; FIRST_FD=${FIRST_FD:-$LAST_FD}
OK=1
[ "$MAX" -lt "$LIMIT_MB" ] || { echo "FAIL: RSS peaked at $MAX MB (limit $LIMIT_MB MB)"; OK=0; }
[ $((LAST_THR - FIRST_THR)) -le 2 ] || { echo "FAIL: threads grew from $FIRST_THR to $LAST_THR"; OK=0; }
[ $((LAST_FD - FIRST_FD)) -le 4 ] || { echo "FAIL: open files grew from $FIRST_FD to $LAST_FD"; OK=0; }
if [ "$OK" -eq 1 ]; then
  echo "PASS: RSS peak $MAX MB < $LIMIT_MB MB; threads $FIRST_THR -> $LAST_THR; fds $FIRST_FD -> $LAST_FD"
  exit 0
fi
exit 1
