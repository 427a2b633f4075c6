// The static fragment (`rocu-map render --format html`) inside <rocu-map>: the
// live map replaces it in place, and where the WebAssembly cannot load it stays.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { start, open, axe, OUT } from './browser.mjs';

const root = new URL('../../', import.meta.url).pathname;
let env;
let fragment;

before(async () => {
  env = await start();
  fragment = execFileSync('cargo', ['run', '-q', '--', 'render', '--data', 'data/network.json', '--format', 'html', '--width', '800'],
    { cwd: root, encoding: 'utf8', maxBuffer: 16 << 20 });
});
after(async () => { await env?.stop(); });

/** Puts a <rocu-map> holding the static fragment into the page (test set-up only). */
async function addStatic(page) {
  await page.evaluate((html) => {
    const el = document.createElement('rocu-map');
    el.id = 'static-map';
    el.setAttribute('deep-link', 'off');
    const holder = document.createElement('template');
    holder.innerHTML = html; // the fragment under test, from the native renderer
    el.append(holder.content);
    window.staticOutcome = new Promise((resolve) => {
      el.addEventListener('rocu-map:ready', () => resolve('ready'));
      el.addEventListener('rocu-map:error', () => resolve('error'));
    });
    document.querySelector('main').append(el);
    el.setAttribute('src', 'data/network.json');
  }, fragment);
}

test('the static map is replaced in place by the live map, not drawn twice', async () => {
  const { page, context, problems } = await open(env, 'index.html');
  await page.waitForSelector('rocu-map:not(#static-map) svg.rm-svg');
  await addStatic(page);
  await page.waitForFunction(() => {
    const el = document.getElementById('static-map');
    return el.querySelector('svg.rm-svg') && !el.querySelector('[data-rocu-map-static]');
  });
  assert.equal(await page.locator('#static-map svg.rm-svg').count(), 1);
  assert.equal(await page.locator('#static-map .rm-regions [data-region]').count(), 10);
  assert.deepEqual(problems, []);
  await context.close();
});

test('where the WebAssembly cannot load, the static map stays and passes axe', async () => {
  const { page, context } = await open(env, 'index.html');
  await page.route('**/pkg/rocu_map_bg.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.reload();
  await page.waitForSelector('rocu-map .rm-error'); // the page's own map says why
  await addStatic(page);
  assert.equal(await page.evaluate(() => window.staticOutcome), 'error');
  assert.equal(await page.locator('#static-map [data-rocu-map-static] svg').count(), 1);
  assert.equal(await page.locator('#static-map .rm-error').count(), 0);
  assert.equal(await page.locator('#static-map details.rm-static-region').count(), 10);
  assert.deepEqual(await axe(page, '#static-map'), []);
  await page.locator('#static-map').screenshot({ path: `${OUT}static-fragment.png` });
  await context.close();
});
