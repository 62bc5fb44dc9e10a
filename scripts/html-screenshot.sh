#!/usr/bin/env bash
# Renders `nianbao validate --format html` output in headless Chromium and saves a screenshot and
# a PDF (the print view), to check the page as a reviewer sees it on screen and on paper.
#
#   scripts/html-screenshot.sh report.html [out-prefix]
#
# Needs chromium, chromium-browser or google-chrome on the PATH. The page has no script and no
# external resource, so the browser needs no network (it is given none).
set -euo pipefail
page=${1:?usage: $0 report.html [out-prefix]}
prefix=${2:-${page%.html}}
browser=""
for b in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$b" >/dev/null 2>&1; then browser=$b; break; fi
done
[ -n "$browser" ] || { echo "no Chromium found (chromium, chromium-browser, google-chrome)" >&2; exit 2; }
url="file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
common=(--headless=new --disable-gpu --no-sandbox --hide-scrollbars --proxy-server="127.0.0.1:9" --proxy-bypass-list="<-loopback>")
"$browser" "${common[@]}" --window-size=1280,2000 --screenshot="$prefix.png" "$url"
"$browser" "${common[@]}" --no-pdf-header-footer --print-to-pdf="$prefix.pdf" "$url"
echo "wrote $prefix.png and $prefix.pdf"
