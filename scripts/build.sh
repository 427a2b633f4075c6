#!/usr/bin/env bash
# Build the release map into dist/: WebAssembly (wasm-bindgen --target web,
# then wasm-opt -Oz), the JavaScript shell, CSS, pages and the default data,
# the JavaScript, CSS and JSON minified (scripts/minify.mjs).
source "$(dirname "$0")/lib.sh"
ensure_wasm_target
ensure_wasm_bindgen
ensure_node_modules

rm -rf dist
mkdir -p dist/data/examples

# A panic's message names where it happened: the places in crates are written
# without the build machine's directory (~/.cargo/registry/src/<index>/, which
# says nothing to a reader), about 100 bytes gzipped less. (Rust's own library
# comes built, with its /rustc/<commit>/ paths.)
short_source_paths() {
  local index
  for index in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
    printf -- '--remap-path-prefix=%s= ' "$index"
  done
}

# Builds the WebAssembly with `cargo build` flags ($2 …) into dist/$1, then
# optimises it with wasm-opt -Oz, and again after re-looping the control flow.
# The second round (flatten, rereloop, -Oz) finds about 400 bytes gzipped more
# than -Oz alone; both are binaryen's own semantics-preserving passes. --gufa
# (whole-program type flow) and the two memory facts (the module's own memory
# starts zeroed; the first kilobyte is the far end of the 1 MB stack, never
# reached) save about 450 more. --ignore-implicit-traps lets binaryen assume
# no load, store or division traps by itself, which holds for Rust: it checks
# bounds and divisors before it reaches them (and panics instead), and casts
# floats without trapping. About 150 bytes less. Last, the functions are put
# in the order of their Rust names (kept until then with -g), so a module's
# functions sit together and gzip finds their likenesses: about 470 bytes
# gzipped less than the compiler's order (binaryen's by-use order is 1.9 KB
# worse). The names are then dropped; they are not downloaded.
build_wasm() {
  local out="dist/$1"
  shift
  RUSTFLAGS="${RUSTFLAGS:-} $(short_source_paths)" \
    cargo build --release --lib --target wasm32-unknown-unknown "$@"
  wasm-bindgen --target web --no-typescript --out-dir "$out" \
    target/wasm32-unknown-unknown/release/rocu_map.wasm
  wasm-opt -g --gufa --low-memory-unused --zero-filled-memory --ignore-implicit-traps -Oz --converge "$out/rocu_map_bg.wasm" -o "$out/rocu_map_bg.wasm"
  wasm-opt -g --flatten --rereloop --low-memory-unused --zero-filled-memory --ignore-implicit-traps -Oz --converge "$out/rocu_map_bg.wasm" \
    --reorder-functions-by-name --strip-debug -o "$out/rocu_map_bg.wasm"
}
say "Building the English WebAssembly (release)"
build_wasm pkg
say "Building the Welsh WebAssembly (release, --features cy), loaded only when Welsh is chosen"
build_wasm pkg-cy --features cy
cp www/*.html www/*.css www/*.js www/rocu-map.d.ts www/package.json dist/
cp data/network.json data/network.schema.json dist/data/
cp data/examples/illustrative.json dist/data/examples/
say "Minifying the JavaScript, CSS and JSON"
node scripts/minify.mjs
say "Built dist/ ($(du -sh dist | cut -f1))"
