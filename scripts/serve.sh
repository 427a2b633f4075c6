#!/usr/bin/env bash
# Build the map and serve it at http://127.0.0.1:8080/ (PORT=… to change).
source "$(dirname "$0")/lib.sh"
"$ROOT/scripts/build.sh"
exec node scripts/serve.mjs dist "${PORT:-8080}"
