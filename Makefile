# The two commands a newcomer needs are `make serve` and `make test`; the rest are their parts.
# Every target installs what it is missing first (scripts/setup-tools.sh), so a fresh machine
# needs only rustup, Node.js and npm.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PORT ?= 8080
NODESCOPE_CACHE ?= $(HOME)/.cache/nodescope
export NODESCOPE_CACHE
# Cargo-installed tools from the cache, then wasm-opt and friends from node_modules.
export PATH := $(NODESCOPE_CACHE)/tools/bin:$(CURDIR)/node_modules/.bin:$(PATH)

# Each check once, shared by `make test` and the targets that run one part of it.
FMT_CHECK := cargo fmt --all --check
CLIPPY := cargo clippy --workspace --all-targets -- -D warnings
# Release, so that the tests share their artifacts with `cargo build --release`
# (target/release/nodescope) instead of compiling the engine a second time. --no-fail-fast: one
# failing crate still lets every other crate report.
# Boa parses and runs deeply nested code on the test thread: give it a 32 MiB stack.
UNIT_TESTS := RUST_MIN_STACK=33554432 cargo test --workspace --release --no-fail-fast
# The release site in dist/ (Trunk.toml: relative URLs, no downloads).
TRUNK_BUILD := trunk build --release --offline --cargo-profile wasm
BROWSER_TESTS := node tests/e2e/run.mjs

.PHONY: help setup setup-browser serve build test check unit e2e figures single-file clean

help:
	@echo "make serve   set up, build and serve the playground at http://127.0.0.1:$(PORT) (PORT= to change)"
	@echo "make test    set up (with chromium) and run every check: fmt, clippy, native tests, build, browser tests"
	@echo "make build   write the static site to dist/ (works from any sub-path)"
	@echo "make check   only fmt and clippy; make unit: only the native tests"
	@echo "make e2e     only the browser tests, against the current dist/ (FILTER= to pick tests)"
	@echo "make figures measure the bundle and cold-load figures for README.md"
	@echo "make single-file  one offline .html (wasm inlined) in dist/nodescope-offline.html"

setup:
	scripts/setup-tools.sh

setup-browser:
	scripts/setup-tools.sh --with-browser

serve: setup
	trunk serve --offline --address 127.0.0.1 --port $(PORT) --public-url /

build: setup
	$(TRUNK_BUILD)

# The cheap checks first, so that a formatting slip fails in a second, not after the builds.
test: setup-browser
	$(FMT_CHECK)
	$(CLIPPY)
	$(UNIT_TESTS)
	$(TRUNK_BUILD)
	$(BROWSER_TESTS)

check:
	$(FMT_CHECK)
	$(CLIPPY)

unit:
	$(UNIT_TESTS)

e2e:
	$(BROWSER_TESTS) $(if $(FILTER),--filter "$(FILTER)")

figures: build setup-browser
	scripts/figures/bundle-size.sh
	node scripts/figures/cold-load.mjs

# One .html with the wasm inside, that runs from file:// with no server (a lecture hall without
# Wi-Fi): dist/nodescope-offline.html. OUT= to write it elsewhere.
single-file: build
	node scripts/single-file.mjs $(if $(OUT),--out "$(OUT)")

clean:
	rm -rf dist screenshots
	cargo clean
