#!/bin/sh
# Renders a study report (HTML) to a PNG with headless Chromium, to look at it as a browser shows it.
# Usage: docs/render-report.sh report.html [out.png] [height]
# Needs Debian's chromium (sudo apt-get install -y chromium). Nothing is fetched: the report is self-contained.
set -eu
html=$(readlink -f "$1")
png=${2:-${html%.html}.png}
height=${3:-3000}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$profile" --screenshot="$png" --window-size=1200,"$height" \
  "file://$html" 2>/dev/null
echo "$png"
