#!/usr/bin/env bash
# Renders Supple's app icons from their SVG sources (src/Supple.Web/wwwroot/icons/icon.svg and icon-maskable.svg)
# into the PNG sizes browsers ask for, the iOS home-screen icon and a multi-size favicon.ico. The PNGs are committed:
# run this again after changing an SVG. Needs Debian's librsvg2-bin (rsvg-convert) and python3.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="$root/src/Supple.Web/wwwroot"
icons="$web/icons"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing: apt-get install librsvg2-bin" >&2; exit 1; }

render() { rsvg-convert --width "$2" --height "$2" --keep-aspect-ratio "$1" --output "$3"; }

render "$icons/icon.svg" 192 "$icons/icon-192.png"
render "$icons/icon.svg" 512 "$icons/icon-512.png"
# Maskable icons fill the whole square (the launcher cuts its own shape); the figure stays in the central safe zone.
render "$icons/icon-maskable.svg" 192 "$icons/icon-maskable-192.png"
render "$icons/icon-maskable.svg" 512 "$icons/icon-maskable-512.png"
# iOS rounds the corners itself and shows transparency as black: the full-bleed version, at 180 px.
render "$icons/icon-maskable.svg" 180 "$web/apple-touch-icon.png"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for size in 16 32 48; do render "$icons/icon.svg" "$size" "$tmp/$size.png"; done
# An .ico is a small directory of images; PNG entries are allowed since Windows Vista and read by every browser.
python3 - "$tmp" "$web/favicon.ico" <<'PY'
import struct, sys, os
folder, out = sys.argv[1], sys.argv[2]
sizes = [16, 32, 48]
images = [open(os.path.join(folder, f"{s}.png"), "rb").read() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
entries = b""
for size, data in zip(sizes, images):
    entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open(out, "wb") as f:
    f.write(header + entries + b"".join(images))
PY
echo "icons written under $web"
