#!/usr/bin/env bash
# Builds the libFuzzer target (address sanitizer on) and fuzzes load → parse → check → render.
#   bench/fuzz.sh [SECONDS]      default 60; extra libFuzzer flags in FUZZ_FLAGS
# Corpus: bench/out/fuzz-corpus (seeded from samples/ and Tests/EvplanTests/Fixtures);
# crashes, leaks and timeouts land in bench/out/fuzz-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=bench/out
corpus=$out/fuzz-corpus
seeds=$out/fuzz-seeds
artifacts=$out/fuzz-artifacts
mkdir -p "$corpus" "$seeds" "$artifacts"

swift build -c debug --scratch-path .build-fuzz --product EvplanFuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DEVPLAN_FUZZ

python3 - "$seeds" <<'PY'
import os, re, sys
seeds = sys.argv[1]
separator = b"\n----8<----\n"
def task(path, data):
    m = re.match(rb"---\s*\n(?:.*\n)*?task:\s*T(\d)", data) or re.match(r"T(\d)", os.path.basename(path), re.I)
    return m.group(1) if m else None
def save(name, data):
    with open(os.path.join(seeds, name), "wb") as f:
        f.write(data)
plans = [os.path.join("samples", p) for p in sorted(os.listdir("samples"))]
fixtures = "Tests/EvplanTests/Fixtures"
for root, dirs, files in os.walk(fixtures):
    if "event.md" in files:
        plans.append(root)
for plan in plans:
    names = sorted(n for n in os.listdir(plan) if n.endswith(".md") and n != "event.md")
    parts = [open(os.path.join(plan, "event.md"), "rb").read()] + [open(os.path.join(plan, n), "rb").read() for n in names]
    save("plan-" + plan.replace("/", "_"), separator.join(parts))
for root in ["samples", fixtures]:
    for folder, dirs, files in os.walk(root):
        for n in files:
            if not n.endswith(".md"):
                continue
            path = os.path.join(folder, n)
            data = open(path, "rb").read()
            t = task(path, data)
            if n == "event.md":
                prefix = b""
            elif t:
                prefix = t.encode()
            elif "agenda" in path:
                prefix = b"4"
            else:
                prefix = b"3"
            save("file-" + path.replace("/", "_"), prefix + data)
PY

echo "Fuzzing for ${seconds}s; seeds: $(ls "$seeds" | wc -l), corpus so far: $(ls "$corpus" | wc -l)"
# -detect_leaks=0: a one-shot command line tool frees at exit, and Foundation caches look like leaks.
# -jobs=1 runs the fuzzer in a child that is restarted after a crash, so one finding does not end the run;
# its log is bench/out/fuzz-0.log.
root=$PWD
cd "$out"
ASAN_OPTIONS=detect_leaks=0:${ASAN_OPTIONS:-} "$root/.build-fuzz/debug/EvplanFuzz" "$root/$corpus" "$root/$seeds" \
  -max_total_time="$seconds" -timeout=20 -max_len=32768 -rss_limit_mb=4096 -jobs=1 -workers=1 \
  -artifact_prefix="$root/$artifacts/" -print_final_stats=1 ${FUZZ_FLAGS:-} || status=$?
tail -n 30 fuzz-0.log 2>/dev/null || true
echo "Findings in $artifacts: $(ls "$root/$artifacts" | wc -l)"
exit "${status:-0}"
