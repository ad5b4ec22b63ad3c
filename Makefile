# evplan: the two quick-start commands are `make demo` and `make test`.
SWIFT ?= swift
SAMPLE ?= samples/forum-zh
DEMO_OUT ?= $(SAMPLE)/build

.PHONY: demo test test-browser build release deps test-deps docs check-samples clean

deps:
	@scripts/install-deps.sh

test-deps:
	@scripts/install-deps.sh --test

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## Build the zh-TW sample plan into HTML and say where to look.
demo: build
	$(SWIFT) run evplan build $(SAMPLE) -o $(DEMO_OUT)
	@echo
	@echo "Open $(CURDIR)/$(DEMO_OUT)/index.html"

## Every test: unit, golden and end-to-end (XCTest), then every page in headless Chromium (test-browser).
# The suite is XCTest only; without Swift Testing's empty run its summary is the last XCTest thing printed.
test: test-deps
	$(SWIFT) build
	$(SWIFT) test --disable-swift-testing
	@$(MAKE) --no-print-directory test-browser

## Every page of every sample in headless Chromium: fits a 390 px phone, prints numbered on A4 with no blank page,
## the Gantt chart on one page (scripts/browser-test.sh; installs chromium-headless-shell and poppler-utils if missing).
test-browser:
	@scripts/install-deps.sh --browser
	$(SWIFT) build
	scripts/browser-test.sh

## Regenerate docs/rules.md from the rule catalogue (a test keeps them equal).
docs: build
	$(SWIFT) run evplan rules --format markdown > docs/rules.md

check-samples: build
	for plan in samples/*/; do $(SWIFT) run evplan check $$plan || exit 1; done

clean:
	rm -rf .build samples/*/build

## Benchmarks and fuzzing: never part of `make test`.
FUZZ_SECONDS ?= 60

.PHONY: bench bench-desk fuzz test-asan test-tsan

## Times check and build against cmark-gfm and pandoc on generated plans (see docs/performance.md).
bench:
	bench/run.sh $(BENCH_SIZES)

## Check-in desk throughput: scans per second and latency with 1, 4 and 16 desks posting at once (bench/desk.py).
bench-desk: deps
	$(SWIFT) build -c release
	bench/desk.py .build/release/evplan

## libFuzzer with the address sanitizer over load → parse → check → render, for FUZZ_SECONDS.
fuzz:
	bench/fuzz.sh $(FUZZ_SECONDS)

## The whole suite under the address sanitizer. Leak reports are off: LeakSanitizer flags allocations Foundation
## itself never frees (Process, Pipe, URL parsing), in every run of the evplan binary, and would fail every test.
test-asan: test-deps
	ASAN_OPTIONS=detect_leaks=0 EVPLAN_WATCHDOG_SCALE=3 $(SWIFT) test --scratch-path .build-asan --sanitize=address --disable-swift-testing

## The whole suite under the thread sanitizer: files load, parse and check on several threads. The bad-input
## watchdog allows five times as long: thread-sanitized runs are that much slower.
test-tsan: test-deps
	EVPLAN_WATCHDOG_SCALE=5 $(SWIFT) test --scratch-path .build-tsan --sanitize=thread --disable-swift-testing
