// Minifies what the browser downloads from dist/, in place. First the names on
// the boundary between the WebAssembly and its wasm-bindgen glue: binaryen's
// `--minify-imports-and-exports-and-modules` renames every import and export
// (`__wbg_addEventListener_6b5b2fd3a1dd4f06` becomes `Aa`) and prints the
// mapping, which is applied to the glue (no JavaScript minifier can do this,
// as the names are strings on both sides); then -Oz once more on the renamed
// module (about 500 bytes gzipped less) and the producers and target-features
// sections dropped (they are for tools, not browsers); that last round
// flattens and re-loops the control flow once more, as build.sh's second does
// (about 150 bytes gzipped less again). Then the JavaScript (glue and shell)
// and CSS with esbuild (pinned in package.json), and the JSON data by
// re-serialising it. Same code and data, about 6 KB less to download gzipped.
// Last, the English glue is bundled into rocu-map.js (esbuild): one request
// fewer, and the glue's unused exports (`initSync`) left out. Each glue takes
// in the JavaScript snippets the Rust declares (`inline_js`).
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
  execFileSync(join(root, 'node_modules/.bin/wasm-opt'), [wasm, '--ignore-implicit-traps', '--flatten', '--rereloop', '-Oz', '--converge',
    '--strip-producers', '--strip-target-features', '-o', wasm]);
  let glue = readFileSync(gluePath, 'utf8');
  const once = (pattern, replacement, what) => {
    const found = glue.match(pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`minify: ${what} found ${found} times in the glue, expected once`);
    glue = glue.replace(pattern, replacement);
  };
  // Binaryen puts every import in one module, "a": the glue's own functions
  // are renamed where they are defined, and those of `inline_js` snippets
  // (imported whole, as modules of their own) are added to it by name.
  const main = './rocu_map_bg.js';
  once(new RegExp(`"${main.replace(/[.]/g, '\\.')}": import0`, 'g'), '"a": import0', 'the import module');
  const snippets = [];
  for (const [module, name, short] of map.imports) {
    if (module === main) {
      once(new RegExp(`\\b${name}(?=\\s*:\\s*function)`, 'g'), JSON.stringify(short), `import ${name}`);
      continue;
    }
    const namespace = glue.match(new RegExp(`import \\* as (\\w+) from "${module.replace(/[.]/g, '\\.')}"`))?.[1];
    if (!namespace) throw new Error(`minify: the glue does not import ${module}`);
    snippets.push(`${JSON.stringify(short)}: ${namespace}.${name}`);
  }
  glue = glue.replace(/^\s*"\.\/snippets\/[^"]+": import\d+,\n/gm, '');
  if (snippets.length) glue = glue.replace('"a": import0', `"a": Object.assign(import0, { ${snippets.join(', ')} })`);
  for (const [name, short] of map.exports) {
    glue = glue.replace(new RegExp(`\\bwasm\\.${name}\\b`, 'g'), `wasm[${JSON.stringify(short)}]`);
  }
  for (const [module, name] of map.imports) {
    if (module === main && glue.includes(name)) throw new Error(`minify: ${name} is still in the glue`);
  }
  writeFileSync(gluePath, glue);
}

minifyBoundary('pkg');
minifyBoundary('pkg-cy');
const files = (dir) => readdirSync(join(dist, dir)).map((f) => join(dir, f));

// (The glues are not minified on their own: they are bundled below.)
for (const file of [...files('.'), ...files('data'), ...files('data/examples')]) {
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
// The Welsh glue on its own, with its snippets in it as the English has, and
// the Welsh words for a WebAssembly that cannot start (rocu-map-cy.js).
buildSync({
  entryPoints: [join(dist, 'rocu-map-cy.js')],
  outfile: join(dist, 'pkg-cy/rocu_map.js'),
  allowOverwrite: true,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2020',
  logLevel: 'warning',
});
rmSync(join(dist, 'rocu-map-cy.js'));
for (const pkg of ['pkg', 'pkg-cy']) rmSync(join(dist, pkg, 'snippets'), { recursive: true, force: true });
