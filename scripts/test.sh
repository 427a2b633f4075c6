#!/usr/bin/env bash
# Run every test: formatting, lints (native and wasm32), native tests, the
# boundary derivation check, the release build and its size budget, browser
# tests (wasm-bindgen-test in headless Chromium) and page tests (playwright-core
# and axe-core on the built page). Installs what is missing first.
source "$(dirname "$0")/lib.sh"
ensure_wasm_target
ensure_wasm_bindgen
ensure_node_modules
ensure_chromium
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy

say "cargo fmt --check"
cargo fmt --check

say "clippy (native)"
cargo clippy --all-targets --locked -- -D warnings
say "clippy (wasm32, English and Welsh)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
cargo clippy --lib --locked --target wasm32-unknown-unknown --features cy -- -D warnings

say "Native tests (cargo test)"
cargo test --locked

say "Source data and derived boundaries"
(cd data/sources && sha256sum --check --quiet SHA256SUMS)
tmp=$(mktemp -d)
scripts/derive-boundaries.sh "$tmp/boundaries.topo.json"
cmp "$tmp/boundaries.topo.json" data/boundaries.topo.json \
  || { echo "data/boundaries.topo.json is not what scripts/derive-boundaries.sh makes from the source"; exit 1; }
rm -rf "$tmp"
echo "boundaries reproduce byte for byte"

say "Release build and size budget"
scripts/build.sh
node scripts/size-budget.mjs

say "Browser tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test web

say "JSON Schema (ajv) against the data files"
node --test tests/schema/

say "Page tests (playwright-core, axe-core, headless Chromium)"
node --test --test-concurrency=1 tests/page/
say "All tests passed. Screenshots for people to look at: test-output/"
