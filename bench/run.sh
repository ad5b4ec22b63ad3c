#!/usr/bin/env bash
# Times evplan check and build against cmark-gfm and pandoc on the same generated plans.
#   bench/run.sh [SIZE...]          sizes: S M L XL (default: all four)
# Environment: BENCH_MAX_RUNS (default 10), BENCH_MIN_RUNS (default 3), SKIP_BUILD=1 to reuse the release build.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(S M L XL)
out=bench/out
results=$out/results
mkdir -p "$results"

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v cmark-gfm >/dev/null || need+=(cmark-gfm)
command -v pandoc >/dev/null || need+=(pandoc)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  swift build -c release --scratch-path .build-bench --product evplan
fi
evplan="$PWD/.build-bench/release/evplan"

python3 bench/generate.py --out "$out" "${sizes[@]}"

{
  echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "os: $(. /etc/os-release; echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "swift: $(swift --version 2>&1 | head -1)"
  echo "tools: $(hyperfine --version), $(cmark-gfm --version | head -1 | cut -d' ' -f1-2), $(pandoc --version | head -1)"
} | tee "$results/machine.txt"

for size in "${sizes[@]}"; do
  plan=$out/$size
  files=$(ls "$plan"/*.md | sort | tr '\n' ' ')
  cat $files | wc -c > "$results/$size.bytes"
  echo
  echo "== $size: $(cat "$results/$size.bytes") bytes of Markdown in $(ls "$plan"/*.md | wc -l) files"
  NO_COLOR=1 "$evplan" check "$plan" > "$results/$size.check.txt" || true
  if [ -s "$out/$size.planted.tsv" ]; then
    python3 bench/verify_planted.py "$out/$size.planted.tsv" < "$results/$size.check.txt"
  fi
  rm -rf "$out/build-$size"
  # check exits 1 when the plan has errors (the planted ones), so failures are ignored; build needs --force.
  hyperfine -N -i --warmup 1 --min-runs "${BENCH_MIN_RUNS:-3}" --max-runs "${BENCH_MAX_RUNS:-10}" \
    --export-json "$results/$size.json" \
    -n "evplan check" "$evplan check $plan" \
    -n "evplan build" "$evplan build $plan -o $out/build-$size --force" \
    -n "cmark-gfm" "cmark-gfm -e table $files" \
    -n "pandoc" "pandoc -f gfm -t html $files -o /dev/null"
  : > "$results/$size.mem"
  for name in "evplan check" "evplan build" "cmark-gfm" "pandoc"; do
    case $name in
      "evplan check") cmd=("$evplan" check "$plan") ;;
      "evplan build") cmd=("$evplan" build "$plan" -o "$out/build-$size" --force) ;;
      cmark-gfm) cmd=(cmark-gfm -e table $files) ;;
      pandoc) cmd=(pandoc -f gfm -t html $files -o /dev/null) ;;
    esac
    /usr/bin/time -o "$results/time.tmp" -f '%M' "${cmd[@]}" >/dev/null 2>&1 || true
    kb=$(tail -1 "$results/time.tmp")
    printf '%s\t%s\n' "$name" "$kb" >> "$results/$size.mem"
  done
  rm -f "$results/time.tmp"
done

echo
python3 bench/report.py "$results" "${sizes[@]}" | tee "$results/summary.md"
