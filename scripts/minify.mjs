// Minifies what the browser downloads from dist/, in place: the JavaScript
// (the wasm-bindgen glue and the shell) and CSS with esbuild (pinned in
// package.json), and the JSON data by re-serialising it. Same code and data,
// about 3.4 KB less to download gzipped.
//   node scripts/minify.mjs   (scripts/build.sh runs it)
import { transformSync } from 'esbuild';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const files = (dir) => readdirSync(join(dist, dir)).map((f) => join(dir, f));

for (const file of [...files('.'), ...files('pkg'), ...files('data'), ...files('data/examples')]) {
  const path = join(dist, file);
  const kind = file.match(/\.(js|css|json)$/)?.[1];
  if (!kind) continue;
  const text = readFileSync(path, 'utf8');
  const out = kind === 'json'
    ? JSON.stringify(JSON.parse(text))
    : transformSync(text, { loader: kind, minify: true, target: kind === 'js' ? 'es2020' : undefined }).code;
  writeFileSync(path, out);
}
