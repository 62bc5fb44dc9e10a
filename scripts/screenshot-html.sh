#!/usr/bin/env bash
# Renders a report as HTML and takes a screenshot of the page in headless Chromium, so that anyone
# can look at the tables as a browser draws them:
#
#   scripts/screenshot-html.sh [REPORT.json|PAGE.html] [OUT.png]
#
# REPORT.json (default: the bundled 2024 淮安市 report) is rendered with `nianbao render --to html`
# from cli/target/nianbao.jar (built first if missing: mvn -B -q -o -DskipTests package); a .html file
# is shot as it is. OUT.png defaults to target/screenshot-html.png. Chromium and a CJK font are
# installed with apt-get when missing (Debian package names: chromium, fonts-wqy-zenhei); without a
# CJK font every Chinese character would show as a box.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
input=${1:-$root/samples/src/main/resources/io/github/nianbao/samples/json/2024-huaian-shi.json}
out=${2:-$root/target/screenshot-html.png}
mkdir -p "$(dirname "$out")"

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z "$browser" ]]; then
  apt-get install -y chromium >/dev/null || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
  browser=$(command -v chromium)
fi
if ! fc-list :lang=zh | grep -q .; then
  apt-get install -y fonts-wqy-zenhei >/dev/null || { apt-get update >/dev/null && apt-get install -y fonts-wqy-zenhei >/dev/null; }
fi

case "$input" in
  *.html|*.htm) page=$(cd "$(dirname "$input")" && pwd)/$(basename "$input") ;;
  *)
    jar=$root/cli/target/nianbao.jar
    [[ -f "$jar" ]] || (cd "$root" && mvn -B -q -o -DskipTests package)
    page=$(mktemp --suffix=.html)
    trap 'rm -f "$page"' EXIT
    java -jar "$jar" render --to html "$input" -o "$page"
    ;;
esac

# Tall enough for the whole report: the page is about 4,000 CSS pixels at this width.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,4400 \
  --screenshot="$out" "file://$page" 2>/dev/null
echo "$out"
