#!/usr/bin/env python3
"""Checks `evplan check` text output (stdin) against a plan's planted errors (OUT/SIZE.planted.tsv).

    NO_COLOR=1 evplan check PLAN | python3 bench/verify_planted.py PLANTED.tsv

Prints how many planted errors were found and any finding that was not planted; exits 1 when one is missed,
so a benchmark never times a checker that silently stopped working.
"""
import os
import re
import sys

FINDING = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<column>\d+): \S+: .* \[(?P<rule>[a-z0-9.-]+)\]$")


def main():
    planted = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for text in f:
            rule, file, lines = text.rstrip("\n").split("\t")
            planted.append((rule, file, {int(n) for n in lines.split(",")}))
    findings = []
    for text in sys.stdin:
        match = FINDING.match(text.rstrip("\n"))
        if match:
            findings.append((match["rule"], os.path.basename(match["file"]), int(match["line"])))
    missed = [p for p in planted if not any(f[0] == p[0] and f[1] == p[1] and f[2] in p[2] for f in findings)]
    unplanned = [f for f in findings if not any(f[0] == p[0] and f[1] == p[1] and f[2] in p[2] for p in planted)]
    print("planted errors found: %d/%d; other findings: %d" % (len(planted) - len(missed), len(planted), len(unplanned)))
    for rule, file, lines in missed:
        print("  MISSED %s at %s:%s" % (rule, file, ",".join(map(str, sorted(lines)))))
    for rule, file, line in unplanned[:10]:
        print("  unplanned %s at %s:%d" % (rule, file, line))
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
