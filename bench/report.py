#!/usr/bin/env python3
"""Turns the benchmark's measurements into the table docs/performance.md shows.

    python3 bench/report.py RESULTS_DIR SIZE...

RESULTS_DIR holds, per size, SIZE.json (hyperfine --export-json), SIZE.mem (command name, peak KB per line)
and SIZE.bytes (Markdown bytes of the plan). Prints a Markdown table, the growth exponents and the targets.
"""
import json
import math
import os
import sys

COMMANDS = ["evplan check", "evplan build", "cmark-gfm", "pandoc"]


def load(results, size):
    with open(os.path.join(results, size + ".json")) as f:
        runs = {r["command"]: r for r in json.load(f)["results"]}
    memory = {}
    with open(os.path.join(results, size + ".mem")) as f:
        for line in f:
            name, kb = line.rstrip("\n").rsplit("\t", 1)
            memory[name] = int(kb) / 1024
    with open(os.path.join(results, size + ".bytes")) as f:
        size_bytes = int(f.read())
    return dict(median={c: runs[c]["median"] for c in runs}, runs={c: len(runs[c]["times"]) for c in runs},
                memory=memory, bytes=size_bytes)


def seconds(value):
    return "%.0f ms" % (value * 1000) if value < 1 else "%.2f s" % value


def exponent(a, b, command):
    return math.log(b["median"][command] / a["median"][command]) / math.log(b["bytes"] / a["bytes"])


def fitted_exponent(points, command):
    xs = [math.log(p["bytes"]) for p in points]
    ys = [math.log(p["median"][command]) for p in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main():
    results, sizes = sys.argv[1], sys.argv[2:]
    data = {s: load(results, s) for s in sizes}
    print("| size | Markdown | evplan check | evplan build | cmark-gfm | pandoc | check ÷ cmark | build ÷ cmark "
          "| pandoc ÷ check | pandoc ÷ build | peak RSS check / build / cmark / pandoc |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for s in sizes:
        d = data[s]
        m = d["median"]
        mem = d["memory"]
        print("| %s | %.2f MB | %s | %s | %s | %s | %.1f× | %.1f× | %.1f× | %.1f× | %s |" % (
            s, d["bytes"] / 1e6, seconds(m["evplan check"]), seconds(m["evplan build"]), seconds(m["cmark-gfm"]),
            seconds(m["pandoc"]), m["evplan check"] / m["cmark-gfm"], m["evplan build"] / m["cmark-gfm"],
            m["pandoc"] / m["evplan check"], m["pandoc"] / m["evplan build"],
            " / ".join("%.0f MB" % mem.get(c, float("nan")) for c in COMMANDS)))
    print()
    print("Medians of hyperfine runs (runs per command: %s)." % "; ".join(
        "%s %s" % (s, "/".join(str(data[s]["runs"][c]) for c in COMMANDS)) for s in sizes))
    growth = [s for s in ["M", "L", "XL"] if s in data]
    if len(growth) >= 2:
        print()
        print("Growth exponent of time in input size (1.0 = linear):")
        print()
        print("| command | " + " | ".join("%s→%s" % (a, b) for a, b in zip(growth, growth[1:])) + " | fit over " + "–".join(growth) + " |")
        print("|---|" + "---:|" * len(growth))
        for c in COMMANDS:
            pairs = ["%.2f" % exponent(data[a], data[b], c) for a, b in zip(growth, growth[1:])]
            print("| %s | %s | %.2f |" % (c, " | ".join(pairs), fitted_exponent([data[s] for s in growth], c)))
    print()
    print("Targets:")
    print()
    checks = []
    for s in [s for s in ["L", "XL"] if s in data]:
        m = data[s]["median"]
        checks.append(("check within 2× of cmark-gfm at %s" % s, m["evplan check"] <= 2 * m["cmark-gfm"],
                       "%.1f×" % (m["evplan check"] / m["cmark-gfm"])))
        checks.append(("build within 3× of cmark-gfm at %s" % s, m["evplan build"] <= 3 * m["cmark-gfm"],
                       "%.1f×" % (m["evplan build"] / m["cmark-gfm"])))
        checks.append(("check ≥10× faster than pandoc at %s" % s, m["pandoc"] >= 10 * m["evplan check"],
                       "%.1f×" % (m["pandoc"] / m["evplan check"])))
        checks.append(("build ≥10× faster than pandoc at %s" % s, m["pandoc"] >= 10 * m["evplan build"],
                       "%.1f×" % (m["pandoc"] / m["evplan build"])))
    if "XL" in data:
        xl = data["XL"]
        checks.append(("XL checked in under 1 s", xl["median"]["evplan check"] < 1, seconds(xl["median"]["evplan check"])))
        for c in ["evplan check", "evplan build"]:
            checks.append(("%s peak memory under 200 MB at XL" % c, xl["memory"][c] < 200, "%.0f MB" % xl["memory"][c]))
    if len(growth) >= 2:
        for c in ["evplan check", "evplan build"]:
            e = fitted_exponent([data[s] for s in growth], c)
            checks.append(("%s growth exponent ≤ 1.1" % c, e <= 1.1, "%.2f" % e))
    for name, ok, value in checks:
        print("- %s %s: %s" % ("PASS" if ok else "MISS", name, value))


if __name__ == "__main__":
    main()
