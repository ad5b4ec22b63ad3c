#!/usr/bin/env bash
# Opens every page of every sample in headless Chromium (chromium-headless-shell):
#   - at a 390 px window the document is never wider than the viewport;
#   - printed to A4, every page carries its number, no page is blank;
#   - the Gantt chart of each sample prints on one page (its legend is on the chart's first page).
#   - the check-in desk's page, driven as a desk uses it (scripts/desk-browser-test.py).
# One browser process per check; pages are built once into a temporary folder. The last line is the summary:
#   "browser tests: N passed, M failed"
set -uo pipefail
cd "$(dirname "$0")/.."

CHROME=${CHROME:-$(command -v chromium-headless-shell || command -v chromium || true)}
if [ -z "$CHROME" ] || ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then
  echo "chromium-headless-shell and poppler-utils are needed: run scripts/install-deps.sh --browser" >&2
  echo "browser tests: 0 passed, 1 failed"
  exit 1
fi
EVPLAN=${EVPLAN:-.build/debug/evplan}
[ -x "$EVPLAN" ] || swift build >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

chrome() {
  timeout 60 "$CHROME" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
    --no-first-run --user-data-dir="$work/profile-$$-$RANDOM" "$@" 2>/dev/null
}

# The samples, and a plan with a roster and the desk's attendance (badges, sign-in sheets, the closure's attendance).
for sample in samples/*/ Tests/EvplanTests/Fixtures/plans/closure-attendance/; do
  name=$(basename "$sample")
  out="$work/$name"
  "$EVPLAN" build "$sample" -o "$out" >/dev/null 2>&1 || { fail "$name: evplan build failed"; continue; }
  for page in "$out"/*.html; do
    file=$(basename "$page" .html)
    # 1. 390 px: a test-only copy of the page writes its scroll width into the DOM once laid out.
    probe="$out/.probe-$file.html"
    sed 's#</body>#<script>window.addEventListener("load",function(){var d=document.documentElement;document.body.setAttribute("data-probe",d.scrollWidth+"x"+d.clientWidth);});</script></body>#' "$page" > "$probe"
    dom=$(chrome --window-size=390,900 --virtual-time-budget=3000 --dump-dom "file://$probe")
    widths=$(printf '%s' "$dom" | grep -o 'data-probe="[0-9]*x[0-9]*"' | head -1 | grep -o '[0-9]*x[0-9]*')
    scroll=${widths%x*}; client=${widths#*x}
    if [ -z "$widths" ]; then
      fail "$name/$file.html: the 390 px probe did not run"
    elif [ "$scroll" -gt "$client" ]; then
      fail "$name/$file.html: $scroll px wide at a $client px viewport"
    else
      pass
    fi
    # 2. A4: every page numbered, none blank.
    pdf="$work/$name-$file.pdf"
    chrome --no-pdf-header-footer --virtual-time-budget=3000 --print-to-pdf="$pdf" "file://$page" >/dev/null
    if [ ! -s "$pdf" ]; then fail "$name/$file.html: no PDF printed"; continue; fi
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
    ok=1
    for n in $(seq 1 "$pages"); do
      text=$(pdftotext -layout -f "$n" -l "$n" "$pdf" - 2>/dev/null)
      if ! printf '%s' "$text" | grep -Eq "(第 $n 頁，共 $pages 頁|Page $n of $pages)"; then
        fail "$name/$file.html: printed page $n of $pages has no page number"; ok=0
      fi
      body=$(printf '%s' "$text" | grep -Ev "(第 [0-9]+ 頁，共 [0-9]+ 頁|Page [0-9]+ of [0-9]+)" | tr -d '[:space:]')
      # Apart from the running head (the document's title) a page must hold something.
      title_len=$(printf '%s' "$text" | head -3 | tr -d '[:space:]' | wc -c)
      if [ "$(printf '%s' "$body" | wc -c)" -le "$title_len" ]; then
        fail "$name/$file.html: printed page $n of $pages is blank"; ok=0
      fi
    done
    [ $ok = 1 ] && pass
    # 3. The Gantt chart on one page: the chart's title row and its legend print on the same page.
    if [ "$file" = gantt ] && grep -q 'class="gantt-figure"' "$page"; then
      legend=$(grep -o 'fill-opacity="0.12" stroke="#c8102e" stroke-dasharray="3 2"></rect></svg> [^<]*' "$page" | sed 's/.*<\/svg> //' | head -1)
      first=$(pdftotext -layout -f 1 -l 1 "$pdf" - 2>/dev/null)
      if [ -n "$legend" ] && printf '%s' "$first" | grep -qF "$legend"; then pass; else fail "$name/gantt.html: the Gantt chart does not print on its first page"; fi
    fi
  done
done

# 4. The check-in desk's page (evplan desk) on a plan with a KKTIX export: sign-in, phone width, scans, counts, and
#    the outbox through a killed server (scripts/desk-browser-test.py drives Chromium over the DevTools protocol).
mkdir -p "$work/desk"
cp -r Tests/EvplanTests/Fixtures/plans/pycon-like "$work/desk/plan"
desk_log="$work/desk/log"
python3 scripts/desk-browser-test.py "$CHROME" "$EVPLAN" "$work/desk/plan" "$work/desk" > "$desk_log" 2>&1
grep '^FAIL' "$desk_log"
desk_passed=$(grep -c '^PASS' "$desk_log")
desk_failed=$(grep -c '^FAIL' "$desk_log")
passed=$((passed + desk_passed))
failed=$((failed + desk_failed))
if ! tail -1 "$desk_log" | grep -q '^desk browser tests:'; then
  fail "desk page: the browser script stopped early: $(tail -3 "$desk_log" | tr '\n' ' ')"
fi

echo "browser tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
