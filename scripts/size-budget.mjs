// The size budget: everything a browser downloads to draw the map, gzipped at
// level 9, must total at most 150 KB (150,000 bytes). The boundaries are packed
// into the WebAssembly, so they are counted there. Files fetched only when a
// user asks for what they do are listed after the total, with their sizes, and
// not counted in it. Exits 1 above the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 150_000;
const files = [
  ['dist/pkg/rocu_map_bg.wasm', 'WebAssembly (with the boundaries)'],
  ['dist/rocu-map.js', 'custom element, mount() and the wasm-bindgen glue'],
  ['dist/rocu-map.css', 'styles'],
  ['dist/data/network.json', 'default data'],
];
// Loaded on demand, by the code named.
const onDemand = [
  ['dist/rocu-map-download.js', 'on the first "Download this map" (rocu-map.js)'],
  ['dist/rocu-map-language.js', 'on the first use of the language switch (rocu-map.js)'],
  ['dist/pkg-cy/rocu_map.js', 'the Welsh map\'s glue, when Welsh is chosen'],
  ['dist/pkg-cy/rocu_map_bg.wasm', 'the Welsh map (in place of the English WebAssembly)'],
];

function line(file, what) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(`${String(gz).padStart(7)}  ${String(raw.length).padStart(8)}  ${file}  (${what})`);
  return gz;
}

let total = 0;
console.log('gzipped   raw       file');
for (const [file, what] of files) total += line(file, what);
console.log(`${String(total).padStart(7)}            total; budget ${BUDGET}`);
console.log('\nFetched only when used, not in the total:');
for (const [file, what] of onDemand) line(file, what);
if (total > BUDGET) {
  console.error(`Over the size budget by ${total - BUDGET} bytes.`);
  process.exit(1);
}
