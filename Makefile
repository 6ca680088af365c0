# Fieldbook: the two commands a newcomer needs.
#   make run   installs what is missing, then opens the app on its default local data
#   make test  installs what is missing, then runs every test (unit, story, WebDriver e2e)
# Targets install only what is absent, so repeated runs are fast.

SHELL := /bin/bash
.DEFAULT_GOAL := help

APT_PACKAGES := build-essential pkg-config libssl-dev libwebkit2gtk-4.1-dev libgtk-3-dev \
	libsoup-3.0-dev librsvg2-dev xvfb xauth webkit2gtk-driver age sqlite3 \
	fonts-noto-core poppler-utils faketime strace postgresql openssl dbus libimage-exiftool-perl \
	gstreamer1.0-plugins-base gstreamer1.0-plugins-good
TAURI_DRIVER_VERSION := 2.1.0
# The Tauri CLI builds the installers only (`make package`); the app itself builds with cargo.
TAURI_CLI_VERSION := 2.12.4
# What the package test needs besides the test packages: rpm to read the .rpm's file list.
PACKAGE_TEST_PACKAGES := rpm
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
# The packages built here are for Debian 12 and later (glibc 2.36): packed relative relocations
# (RELR) take 2 MB off the binary (docs/benchmarks.md). The release workflow builds the
# packages for older systems without them.
PACKAGE_RUSTFLAGS := -C link-arg=-Wl,-z,pack-relative-relocs
PACKAGE_CONFIG := {"bundle":{"linux":{"deb":{"depends":["libc6 (>= 2.36)"]},"rpm":{"depends":["glibc >= 2.36"]}}}}
CARGO_FUZZ_VERSION := 0.13.2
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := bundle_open bundle_frame payload_v1 payload_v2 stamps recovery_share
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin

.PHONY: help deps tools run test check lint bench fuzz package package-test

help:
	@echo "make run    install what is missing and open Fieldbook on its default data folder"
	@echo "make test   install what is missing and run every test"
	@echo "make bench  sync, search, media, start-up, memory and responsiveness benchmarks (release builds)"
	@echo "make fuzz   run each fuzz target for FUZZ_SECONDS (needs the nightly toolchain)"
	@echo "make package       build the .deb and .rpm installers (target/release/bundle/)"
	@echo "make package-test  build them, install the .deb here, use it, remove it (needs root or sudo)"

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
	@if cargo tree -p fieldbook-core -e normal --offline 2>/dev/null | grep -qE '^[^a-z]*typst'; then \
		echo "fieldbook-core must not depend on typst (the PDF is fieldbook-pdf's)"; exit 1; fi
	@echo "check: fieldbook-core is free of tauri and typst"
	@cargo run -q -p fieldbook-tests --bin shape

## Benchmarks (not part of `make test`; docs/benchmarks.md): sync and search in-process, then
## publishing to a real PostgreSQL next to psql's copy, then
## the release app against a bare Tauri window built from the same Tauri (tests/bare-window):
## start-up and idle memory, and responsiveness during an import and at 100k sessions.
bench: tools
	BENCH_SYNC_DIR=$(CURDIR)/target/bench-sync cargo bench -p fieldbook-tests --bench sync
	BENCH_SEARCH_DIR=$(CURDIR)/target/bench-search cargo bench -p fieldbook-tests --bench search
	BENCH_FEDERATION_DIR=$(CURDIR)/target/bench-federation cargo bench -p fieldbook-tests --bench federation
	cargo bench -p fieldbook-tests --bench media
	cargo bench -p fieldbook-tests --bench summary
	cargo bench -p fieldbook-tests --bench names
	cargo build --release -p fieldbook --features custom-protocol
	cargo build --release -p bare-window --features custom-protocol
	cargo build --release -p fieldbook-cli
	cargo bench -p fieldbook-tests --bench startup
	xvfb-run -a -s "-screen 0 1280x860x24" cargo bench -p fieldbook-tests --bench responsive

## Installers (docs/packaging.md): the .deb and the .rpm, with the pinned Tauri CLI, from the
## release profile in Cargo.toml. The AppImage, .msi and .dmg come from the release workflow
## (.github/workflows/release.yml): the AppImage step downloads tools this machine cannot.
package: deps
	@if ! cargo install --list | grep -q "^tauri-cli v$(TAURI_CLI_VERSION):"; then \
		cargo install tauri-cli --version $(TAURI_CLI_VERSION) --locked; \
	fi
	cd src-tauri && RUSTFLAGS="$(PACKAGE_RUSTFLAGS)" cargo tauri build --bundles deb,rpm --config '$(PACKAGE_CONFIG)'
	src-tauri/packaging/xz-deb target/release/bundle/deb/Fieldbook_$(VERSION)_amd64.deb
	@ls -l target/release/fieldbook target/release/bundle/deb/*.deb target/release/bundle/rpm/*.rpm

## The package test (CI runs it after `make test`): installs the .deb, starts it, prints Khmer
## and Arabic summaries with the system fonts hidden, removes it; checks the sizes.
package-test: package
	@$(MAKE) --no-print-directory deps APT_PACKAGES="$(PACKAGE_TEST_PACKAGES)"
	tests/package/check.sh

## Formatting and lints, as CI runs them after the tests.
lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings

## Fuzzing (not part of `make test`): each decoder that reads what crosses a trust boundary, for
## FUZZ_SECONDS each, from the committed corpora in fuzz/corpus (seeded with the test vectors).
## cargo fuzz needs the nightly toolchain beside stable (`rustup toolchain install nightly`).
fuzz: deps
	@rustup toolchain list | grep -q '^nightly' || { echo "make fuzz needs the nightly toolchain: rustup toolchain install nightly"; exit 1; }
	@if ! cargo install --list | grep -q "^cargo-fuzz v$(CARGO_FUZZ_VERSION):"; then \
		cargo install cargo-fuzz --version $(CARGO_FUZZ_VERSION) --locked; \
	fi
	@for t in bundle_open bundle_frame; do mkdir -p fuzz/corpus/$$t; cp -n tests/vectors/v*/*.fieldbook fuzz/corpus/$$t/ 2>/dev/null || true; done
	cd fuzz && for t in $(FUZZ_TARGETS); do \
		mkdir -p corpus/$$t artifacts/$$t; \
		cargo +nightly fuzz run $$t corpus/$$t -- -max_total_time=$(FUZZ_SECONDS) -max_len=1048576 \
			-artifact_prefix=artifacts/$$t/ || exit 1; \
	done
