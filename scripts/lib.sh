# Shared setup for the scripts: each step installs what is missing and is quick
# when it is already there. Source it; do not run it.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The wasm-bindgen version pinned in Cargo.toml (the CLI must match it exactly).
wasm_bindgen_version() {
  sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml
}

ensure_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_wasm_bindgen() {
  local want; want=$(wasm_bindgen_version)
  if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $want"; then
    say "Installing wasm-bindgen-cli $want (about 6 minutes, once)"
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_node_modules() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing build and test tools from npm (package-lock.json)"
    npm ci --ignore-scripts --no-audit --no-fund
  fi
}

ensure_chromium() {
  # Chromium and its driver for the browser and page tests; poppler-utils
  # (pdfinfo, pdftotext, pdftoppm) for the print-to-PDF tests.
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/pdftoppm ]; then
    say "Installing Chromium, ChromeDriver and poppler-utils from Debian"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
  fi
}
