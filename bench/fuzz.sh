#!/usr/bin/env bash
# Builds the libFuzzer target (address sanitizer on) and fuzzes load → parse → check → render.
#   bench/fuzz.sh [SECONDS]      default 60; extra libFuzzer flags in FUZZ_FLAGS
# Corpus: bench/out/fuzz-corpus (seeded from samples/ and Tests/EvplanTests/Fixtures);
# crashes and timeouts land in bench/out/fuzz-artifacts/
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=bench/out
corpus=$out/fuzz-corpus
seeds=$out/fuzz-seeds
artifacts=$out/fuzz-artifacts
mkdir -p "$corpus" "$seeds" "$artifacts"

# SwiftPM hands -Xswiftc flags to the build-tool plugin's TemplateEmbedder too, and `-sanitize=fuzzer` would
# link libFuzzer's main (and its demand for LLVMFuzzerTestOneInput) into that tool. So every module is compiled
# with the address sanitizer and libFuzzer's coverage instrumentation, and only EvplanFuzz is then relinked with
# `-sanitize=fuzzer`, whose main drives LLVMFuzzerTestOneInput (SwiftPM renamed our own main to EvplanFuzz_main).
swift build -c debug --scratch-path .build-fuzz --product EvplanFuzz \
  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
  -Xswiftc -DEVPLAN_FUZZ -Xswiftc -use-ld=lld
bin=$(swift build -c debug --scratch-path .build-fuzz --show-bin-path)
swiftc -L "$bin" -o "$bin/EvplanFuzz-libfuzzer" -module-name EvplanFuzz -emit-executable -Xlinker '-rpath=$ORIGIN' \
  "@$bin/EvplanFuzz.product/Objects.LinkFileList" -g -sanitize=fuzzer,address -use-ld=lld

python3 - "$seeds" <<'PY'
import os, re, sys
seeds = sys.argv[1]
separator = b"\n----8<----\n"
def task(path, data):
    m = re.match(rb"---\s*\n(?:.*\n)*?task:\s*T(\d)", data)
    if m:
        return m.group(1)
    m = re.match(r"T(\d)", os.path.basename(path), re.I)
    return m.group(1).encode() if m else None
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
# Inputs that once crashed or hung evplan stay in the seeds, so a regression shows at the first round.
crashes = os.path.join(fixtures, "fuzz-crashes")
for n in sorted(os.listdir(crashes)) if os.path.isdir(crashes) else []:
    if n.endswith(".fuzz"):
        save("crash-" + n, open(os.path.join(crashes, n), "rb").read())
for root in ["samples", fixtures]:
    for folder, dirs, files in os.walk(root):
        for n in files:
            if not n.endswith(".md") or "fuzz-crashes" in folder:
                continue
            path = os.path.join(folder, n)
            data = open(path, "rb").read()
            t = task(path, data)
            if n == "event.md":
                prefix = b""
            elif t:
                prefix = t
            elif "agenda" in path:
                prefix = b"4"
            else:
                prefix = b"3"
            save("file-" + path.replace("/", "_"), prefix + data)
PY

echo "Fuzzing for ${seconds}s; seeds: $(ls "$seeds" | wc -l), corpus so far: $(ls "$corpus" | wc -l)"
# One fuzzing process at a time (-jobs=1; its log is bench/out/fuzz-0.log, gathered in fuzz.log). A job ends at its
# first crash or timeout; the loop then starts the next one with the time that is left, so one finding does not
# end the run. Leaks are not hunted (-detect_leaks=0): Foundation's caches look like leaks to a one-shot tool.
root=$PWD
cd "$out"
: > fuzz.log
deadline=$(( $(date +%s) + seconds ))
rounds=0
while [ "$(date +%s)" -lt "$deadline" ]; do
  left=$(( deadline - $(date +%s) ))
  rounds=$((rounds + 1))
  ASAN_OPTIONS=detect_leaks=0:${ASAN_OPTIONS:-} "$bin/EvplanFuzz-libfuzzer" "$root/$corpus" "$root/$seeds" \
    -max_total_time="$left" -timeout=10 -max_len=32768 -rss_limit_mb=4096 -jobs=1 -workers=1 \
    -artifact_prefix="$root/$artifacts/" -print_final_stats=1 ${FUZZ_FLAGS:-} >/dev/null 2>&1 || true
  cat fuzz-0.log >> fuzz.log 2>/dev/null || true
  grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' fuzz-0.log 2>/dev/null || true
done
grep -E '^stat::|^#[0-9]+.*DONE' fuzz.log | tail -n 8 || true
echo "Fuzzed ${seconds}s in $rounds round(s); corpus: $(ls "$root/$corpus" | wc -l) inputs; findings in $artifacts: $(ls "$root/$artifacts" | wc -l)"
[ -z "$(ls "$root/$artifacts")" ]
