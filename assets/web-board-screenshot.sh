#!/usr/bin/env bash
# Smoke test of the hub's web board in a real browser: starts `--serve` on the demo simulator
# (in a throwaway settings folder, so a new viewer key), waits for its health, and has headless
# Chromium (Debian's package: apt-get install -y chromium) take a 1920x1080 screenshot of
# http://127.0.0.1:PORT/#key=KEY. Also checks that a wrong key gets the "access refused" page.
#   bash assets/web-board-screenshot.sh [out.png]     (default: assets/screenshot-web-board.png)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-assets/screenshot-web-board.png}"
port="${HUB_PORT:-8471}"
command -v chromium >/dev/null || { echo "needs chromium: apt-get install -y chromium" >&2; exit 2; }
[ -f target/queue-wallboard.jar ] || mvn -B -q -ntp package -DskipTests
home="$(mktemp -d)"; profile="$(mktemp -d)"; log="$home/serve.out"
cleanup() { [ -n "${hub_pid:-}" ] && kill "$hub_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$home" "$profile"; }
trap cleanup EXIT
QUEUE_WALLBOARD_HOME="$home" java -jar target/queue-wallboard.jar --serve --demo --port "$port" \
    --hub-message "Team huddle 15:00 - new starters on Support" >"$log" 2>&1 &
hub_pid=$!
for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$port/v1/health" 2>/dev/null | grep -q '"genesysState":"ok"' && break
  sleep 0.5
done
key="$(cat "$home/hub-viewer-key")"
grep -q "$key" "$log" || { echo "--serve did not print the new viewer key" >&2; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v1/snapshot")
[ "$code" = 401 ] || { echo "snapshot without key: expected 401, got $code" >&2; exit 1; }
shoot() {   # url png
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$profile" --timeout=5000 \
    --screenshot="$2" --window-size=1920,1080 "$1" >/dev/null 2>&1
}
shoot "http://127.0.0.1:$port/#key=$key" "$out"
shoot "http://127.0.0.1:$port/#key=wrong-key" "${out%.png}-refused.png"
echo "screenshots: $out ${out%.png}-refused.png"
