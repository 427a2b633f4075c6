// Packaging for intranet teams: dist/ is an npm package (`npm pack` gives
// rocu-map-x.y.z.tgz, `npm install ./rocu-map-x.y.z.tgz` vendors it), with
// TypeScript declarations. An example host is type-checked against the
// installed package with `tsc --noEmit`, and a wrong one must be refused.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
let work;
let tarball;
const manifest = JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8'));

before(() => {
  work = mkdtempSync(join(tmpdir(), 'rocu-package-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: dist, encoding: 'utf8' });
  tarball = join(work, JSON.parse(out)[0].filename);
});

test('the package is versioned with the crate and named for npm', () => {
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^version = "(.+)"/m)[1];
  assert.equal(manifest.name, 'rocu-map');
  assert.equal(manifest.version, cargo);
  assert.equal(manifest.exports['.'].types, './rocu-map.d.ts');
  assert.ok(tarball.endsWith(`rocu-map-${cargo}.tgz`), tarball);
});

test('the tarball holds what a host needs and nothing else', () => {
  const listed = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
  assert.deepEqual(listed, [
    'package/data/network.json',
    'package/data/network.schema.json',
    'package/embed.css',
    'package/embed.html',
    'package/embed.js',
    'package/package.json',
    'package/pkg-cy/rocu_map.js',
    'package/pkg-cy/rocu_map_bg.wasm',
    'package/pkg/rocu_map_bg.wasm',
    'package/rocu-map-download.js',
    'package/rocu-map-language.js',
    'package/rocu-map.css',
    'package/rocu-map.d.ts',
    'package/rocu-map.js',
  ]);
  // Every file the package names is in it, and each export points at one.
  for (const target of Object.values(manifest.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    assert.ok(listed.includes(`package/${file.replace('./', '')}`), file);
  }
});

test('a TypeScript host type-checks against the installed package, and a wrong one does not', () => {
  const host = mkdtempSync(join(tmpdir(), 'rocu-host-'));
  writeFileSync(join(host, 'package.json'), JSON.stringify({ name: 'intranet-host', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: host, stdio: 'pipe' });
  for (const f of ['host.ts', 'wrong.ts']) copyFileSync(join(root, 'tests/host', f), join(host, f));
  const tsc = join(root, 'node_modules/.bin/tsc');
  const options = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom'];
  const good = spawnSync(tsc, [...options, 'host.ts'], { cwd: host, encoding: 'utf8' });
  assert.equal(good.status, 0, good.stdout + good.stderr);
  const bad = spawnSync(tsc, [...options, 'wrong.ts'], { cwd: host, encoding: 'utf8' });
  assert.notEqual(bad.status, 0, 'tsc accepted a wrong host');
  assert.match(bad.stdout, /wrong\.ts\(7,18\): error TS2345: Argument of type '"weather"'/);
  assert.match(bad.stdout, /wrong\.ts\(8,9\): error TS2322: Type 'string \| null' is not assignable to type 'number'/);
});
