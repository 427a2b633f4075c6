// Minifies what the browser downloads from dist/, in place. First the names on
// the boundary between the WebAssembly and its wasm-bindgen glue: binaryen's
// `--minify-imports-and-exports-and-modules` renames every import and export
// (`__wbg_addEventListener_6b5b2fd3a1dd4f06` becomes `Aa`) and prints the
// mapping, which is applied to the glue (no JavaScript minifier can do this,
// as the names are strings on both sides); then -Oz once more on the renamed
// module (about 500 bytes gzipped less) and the producers and target-features
// sections dropped (they are for tools, not browsers). Then the JavaScript (glue and shell)
// and CSS with esbuild (pinned in package.json), and the JSON data by
// re-serialising it. Same code and data, about 6 KB less to download gzipped.
// Last, the English glue is bundled into rocu-map.js (esbuild): one request
// fewer, and the glue's unused exports (`initSync`) left out.
//   node scripts/minify.mjs   (scripts/build.sh runs it)
import { buildSync, transformSync } from 'esbuild';
import { readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const dist = join(root, 'dist');

function minifyBoundary(pkg) {
  const wasm = join(dist, pkg, 'rocu_map_bg.wasm');
  const gluePath = join(dist, pkg, 'rocu_map.js');
  const map = JSON.parse(execFileSync(join(root, 'node_modules/.bin/wasm-opt'),
    [wasm, '--minify-imports-and-exports-and-modules', '-o', wasm], { encoding: 'utf8' }));
  execFileSync(join(root, 'node_modules/.bin/wasm-opt'), [wasm, '--ignore-implicit-traps', '-Oz', '--converge',
    '--strip-producers', '--strip-target-features', '-o', wasm]);
  let glue = readFileSync(gluePath, 'utf8');
  const once = (pattern, replacement, what) => {
    const found = glue.match(pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`minify: ${what} found ${found} times in the glue, expected once`);
    glue = glue.replace(pattern, replacement);
  };
  const modules = new Set(map.imports.map(([module]) => module));
  if (modules.size !== 1) throw new Error(`minify: expected one import module, found ${[...modules]}`);
  once(new RegExp(`"${[...modules][0].replace(/[.]/g, '\\.')}":`, 'g'), '"a":', 'the import module');
  for (const [, name, short] of map.imports) {
    once(new RegExp(`\\b${name}(?=\\s*:\\s*function)`, 'g'), JSON.stringify(short), `import ${name}`);
  }
  for (const [name, short] of map.exports) {
    glue = glue.replace(new RegExp(`\\bwasm\\.${name}\\b`, 'g'), `wasm[${JSON.stringify(short)}]`);
  }
  for (const [, name] of map.imports) {
    if (glue.includes(name)) throw new Error(`minify: ${name} is still in the glue`);
  }
  writeFileSync(gluePath, glue);
}

minifyBoundary('pkg');
minifyBoundary('pkg-cy');
const files = (dir) => readdirSync(join(dist, dir)).map((f) => join(dir, f));

// (pkg/'s glue is not minified on its own: it is bundled into rocu-map.js below.)
for (const file of [...files('.'), ...files('pkg-cy'), ...files('data'), ...files('data/examples')]) {
  const path = join(dist, file);
  const kind = file.match(/\.(js|css|json)$/)?.[1];
  if (!kind) continue;
  const text = readFileSync(path, 'utf8');
  const out = kind === 'json'
    ? JSON.stringify(JSON.parse(text))
    : transformSync(text, { loader: kind, minify: true, target: kind === 'js' ? 'es2020' : undefined }).code;
  writeFileSync(path, out);
}

// rocu-map.js with the English glue in it; the Welsh glue, the download code
// and the language switch stay separate files, fetched only when used.
buildSync({
  entryPoints: [join(dist, 'rocu-map.js')],
  outfile: join(dist, 'rocu-map.js'),
  allowOverwrite: true,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2020',
  external: ['./pkg-cy/rocu_map.js', './rocu-map-download.js', './rocu-map-language.js'],
  logLevel: 'warning',
});
rmSync(join(dist, 'pkg/rocu_map.js'));
