#!/usr/bin/env bash
# Regenerates every icon from the two source drawings in assets/:
#   assets/icon.svg        master artwork (256 grid), used for 32 px and up
#   assets/icon-small.svg  the same motif snapped to a 16 px pixel grid, used for 16 px
# Outputs (all committed, so a build never needs these tools):
#   assets/icon-<N>.png                      N = 16 24 32 48 64 128 256 512 1024
#   packaging/linux/queue-wallboard.png      256 px, the .deb menu icon and window icon
#   packaging/windows/queue-wallboard.ico    16..256 px in one .ico
#   packaging/macos/QueueWallboard.icns      16..1024 px; 128 px and up carry the macOS icon-grid margin
#
# Needs (Debian 12): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
# Run with --install to apt-get them first. Usage: packaging/make-icons.sh [--install]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
assets="$root/assets"
pkg="$root/packaging"

if [[ "${1:-}" == "--install" ]]; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends librsvg2-bin imagemagick icnsutils
fi

# the real ImageMagick (a wrapper earlier on PATH would do too, but be explicit when we can)
CONVERT="${CONVERT:-$( [[ -x /usr/bin/convert ]] && echo /usr/bin/convert || echo convert )}"
for tool in rsvg-convert "$CONVERT" png2icns; do
  command -v "$tool" >/dev/null || { echo "missing $tool: run $0 --install (or apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

render() {  # render SVG SIZE OUT
  rsvg-convert --width "$2" --height "$2" --keep-aspect-ratio "$1" --output "$3"
}

# 1. the PNG sizes in assets/
for n in 16 24 32 48 64 128 256 512 1024; do
  src="$assets/icon.svg"; [[ $n -le 16 ]] && src="$assets/icon-small.svg"
  render "$src" "$n" "$assets/icon-$n.png"
done
# 24 px: the 16 px grid drawing scaled 1.5x blurs; the master is sharper there, so it is kept above.

# 2. Linux: one PNG (jpackage --icon, the desktop entry, the window icon)
mkdir -p "$pkg/linux" "$pkg/windows" "$pkg/macos"
cp "$assets/icon-256.png" "$pkg/linux/queue-wallboard.png"

# 3. Windows: a multi-size .ico (Explorer, Start menu, task bar, title bar)
"$CONVERT" "$assets"/icon-{16,24,32,48,64,128,256}.png "$pkg/windows/queue-wallboard.ico"

# 4. macOS: .icns. macOS draws its icons inside a margin (824 of 1024 px), so the large sizes get
#    one; 16 and 32 px stay edge to edge so they remain readable in Finder lists.
mac=()
for n in 16 32; do mac+=("$assets/icon-$n.png"); done
for n in 128 256 512 1024; do
  inner=$(( n * 824 / 1024 ))
  render "$assets/icon.svg" "$inner" "$tmp/inner-$n.png"
  "$CONVERT" "$tmp/inner-$n.png" -background none -gravity center -extent "${n}x${n}" "PNG32:$tmp/mac-$n.png"
  mac+=("$tmp/mac-$n.png")
done
png2icns "$pkg/macos/QueueWallboard.icns" "${mac[@]}" >/dev/null

# 5. a contact sheet to eyeball all sizes at once (not committed; target/ is ignored)
mkdir -p "$root/target"
"$CONVERT" -background '#e5e7eb' "$assets"/icon-{16,24,32,48,64,128,256}.png -gravity south +append \
  "$root/target/icon-contact-sheet.png"

ls -l "$assets"/icon-*.png "$pkg/linux/queue-wallboard.png" "$pkg/windows/queue-wallboard.ico" "$pkg/macos/QueueWallboard.icns" \
  | awk '{print $5, $NF}'
