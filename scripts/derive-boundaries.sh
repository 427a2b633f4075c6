#!/usr/bin/env bash
# Derive data/boundaries.topo.json from the ONS source shapefile.
#
#   scripts/derive-boundaries.sh [OUT]     (default OUT: data/boundaries.topo.json)
#
# Reproducible: the same source and the mapshaper pinned in package.json give the
# same bytes; scripts/test.sh re-runs it and fails if the committed file differs.
#
# What it does and why:
# - mapshaper builds a topology: every border is one arc shared by the two forces
#   on either side, so neighbours keep identical borders (no slivers, no gaps).
# - quantization=10000 snaps to a grid of about 57 m x 65 m in British National Grid
#   metres (0.12 px at 1,200 px wide) and drops the points that then coincide.
# - No Douglas-Peucker or Visvalingam pass: the ONS BUC source is already
#   generalised to 500 m, and every tolerance tried (40 m to 200 m, with
#   keep-shapes) deleted small islands (Hilbre, Caldey and others) while saving
#   at most 2 KB gzipped. Quantisation alone gives about 18 KB gzipped with all
#   99 rings, inside the 20 KB target.
set -euo pipefail
cd "$(dirname "$0")/.."
src=data/sources/pfa-dec2022-buc/PFA_DEC_2022_EW_BUC_V2.shp
out=${1:-data/boundaries.topo.json}
[ -x node_modules/.bin/mapshaper ] || npm ci --ignore-scripts --no-audit --no-fund >/dev/null
node_modules/.bin/mapshaper "$src" -quiet \
  -filter-fields PFA22CD \
  -rename-layers forces \
  -o "$out" format=topojson id-field=PFA22CD quantization=10000 force
