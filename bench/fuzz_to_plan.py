#!/usr/bin/env python3
"""Turns a fuzzer input into the plan folder the fuzz harness would check, to replay it with evplan itself.

    python3 bench/fuzz_to_plan.py INPUT FOLDER && evplan check FOLDER

Mirrors Sources/EvplanFuzz/FuzzHarness.swift: parts split on the `----8<----` line are event.md and then the T1 … T8
files; otherwise a first byte 1-8 makes the rest that T-file beside a fixed event.md; otherwise the input is event.md.
"""
import os
import shutil
import sys

SEPARATOR = b"\n----8<----\n"
NAMES = ["T1-research.md", "T2-project.md", "T3-budget.md", "T4-day1.md", "T5-venue.md",
         "T6-infrastructure.md", "T7-marketing.md", "T8-registration.md"]
FIXED_EVENT = b"""---
name: Fuzz
lang: zh-TW
dates: 2027-03-12 ~ 2027-03-13
attendees: 100
budget: 100,000
---
# Fuzz
"""


def files_for(data):
    parts = data.split(SEPARATOR)
    if len(parts) > 1:
        files = [("event.md", parts[0])]
        for index, part in enumerate(parts[1:]):
            files.append((NAMES[index] if index < len(NAMES) else "T4-day%d.md" % (index - len(NAMES) + 2), part))
        return files
    if data[:1] and b"1" <= data[:1] <= b"8":
        return [("event.md", FIXED_EVENT), (NAMES[data[0] - ord("1")], data[1:])]
    return [("event.md", data)]


def main():
    source, folder = sys.argv[1], sys.argv[2]
    with open(source, "rb") as f:
        data = f.read()
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    for name, contents in files_for(data):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(contents)
        print("%s (%d bytes)" % (os.path.join(folder, name), len(contents)))


if __name__ == "__main__":
    main()
