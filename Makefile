# Fieldbook: the two commands a newcomer needs.
#   make run   installs what is missing, then opens the app on its default local data
#   make test  installs what is missing, then runs every test (unit, story, WebDriver e2e)
# Targets install only what is absent, so repeated runs are fast.

SHELL := /bin/bash
.DEFAULT_GOAL := help

APT_PACKAGES := build-essential pkg-config libssl-dev libwebkit2gtk-4.1-dev libgtk-3-dev \
	libsoup-3.0-dev librsvg2-dev xvfb xauth webkit2gtk-driver age sqlite3 \
	fonts-noto-core poppler-utils faketime strace
TAURI_DRIVER_VERSION := 2.1.0
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin

.PHONY: help deps tools run test check lint bench

help:
	@echo "make run    install what is missing and open Fieldbook on its default data folder"
	@echo "make test   install what is missing and run every test"
	@echo "make bench  sync merge/export and startup benchmarks (release builds)"

## System packages (Debian 12 / Ubuntu): only the missing ones are installed.
deps:
	@command -v cargo >/dev/null || { echo "Rust is missing: install it from https://rustup.rs, then rerun."; exit 1; }
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages: $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## Pinned cargo tools for the e2e tests.
tools: deps
	@if ! cargo install --list | grep -q "^tauri-driver v$(TAURI_DRIVER_VERSION):"; then \
		cargo install tauri-driver --version $(TAURI_DRIVER_VERSION) --locked; \
	fi

run: deps
	cargo run -p fieldbook

## Builds the app and CLI the e2e and story tests drive, then runs every test in the
## workspace; the WebDriver tests get a virtual X display when none is present.
## (`--workspace` on both steps: same feature set, so Tauri is compiled once.)
test: tools
	cargo build --workspace --bins
	@if [ -n "$$DISPLAY" ]; then cargo test --workspace; \
	else xvfb-run -a -s "-screen 0 1280x860x24" cargo test --workspace; fi
	@$(MAKE) --no-print-directory check

## Invariants that are cheap to check.
check:
	@if cargo tree -p fieldbook-core -e normal --offline 2>/dev/null | grep -qE '^[^a-z]*tauri'; then \
		echo "fieldbook-core must not depend on tauri"; exit 1; fi
	@echo "check: fieldbook-core is free of tauri"

bench: deps
	BENCH_SYNC_DIR=$(CURDIR)/target/bench-sync cargo bench -p fieldbook-tests --bench sync
	BENCH_SEARCH_DIR=$(CURDIR)/target/bench-search cargo bench -p fieldbook-tests --bench search
	cargo build --release -p fieldbook --features custom-protocol
	./scripts/bench-startup.sh target/release/fieldbook

## Formatting and lints, as CI runs them after the tests.
lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
