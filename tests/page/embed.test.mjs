// embed.html, the page made for an iframe, in a cross-origin frame: the parent
// page and the map on two local servers (two origins). Messages go only to the
// origin the address names, commands are taken only from it, full screen falls
// back cleanly where the frame does not allow it, and axe finds nothing inside.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { start, OUT } from './browser.mjs';

let env;
let parent;
let elsewhere;
let dir;
before(async () => {
  env = await start();
  dir = mkdtempSync(join(tmpdir(), 'rocu-embed-'));
  parent = await serve(dir, 0);
  elsewhere = await serve(dir, 0);
});
after(async () => {
  await env?.stop();
  parent?.server.close();
  elsewhere?.server.close();
});

const origin = (url) => new URL(url).origin;

/** Opens a parent page (on its own origin) with the map framed from `query`. */
async function framed(query, { allow = '', name = 'parent.html' } = {}) {
  const src = `${env.url}embed.html?${query}`;
  writeFileSync(join(dir, name), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Intranet page</title></head>
<body><h1>Intranet page</h1><iframe id="map" title="Map of regional organised crime units" src="${src}" width="1000" height="760" ${allow}></iframe>
<script>window.received = []; addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));</script></body></html>`);
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 850 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${parent.url}${name}`);
  const frame = page.frames().find((f) => f.url().startsWith(`${env.url}embed.html`));
  assert.ok(frame, 'the map is framed');
  await frame.waitForSelector('svg.rm-svg', { timeout: 15000 });
  return { page, frame, context, problems };
}

/** The messages the parent has received, once the frame has had a moment. */
async function received(page, count) {
  await page.waitForFunction((n) => window.received.length >= n, count, { timeout: 5000 }).catch(() => {});
  return page.evaluate(() => window.received);
}

/** Sends a command from the parent page to the frame, addressed to the frame's origin. */
function command(page, message) {
  return page.evaluate(([m, to]) => document.getElementById('map').contentWindow.postMessage(m, to), [message, origin(env.url)]);
}

test('the framed map tells its parent, and only its parent origin, what happens', async () => {
  const query = `src=data/examples/illustrative.json&parent-origin=${encodeURIComponent(origin(parent.url))}`;
  const { page, frame, context, problems } = await framed(query);
  const [ready] = await received(page, 1);
  assert.equal(ready.origin, origin(env.url));
  assert.equal(ready.data.source, 'rocu-map');
  assert.equal(ready.data.type, 'ready');
  assert.equal(ready.data.detail.regions, 10);

  await command(page, { type: 'select', region: 'eastern' });
  const afterSelect = await received(page, 2);
  assert.deepEqual(afterSelect[1].data, { source: 'rocu-map', type: 'select', detail: { region: 'eastern', force: null } });
  assert.equal(await frame.evaluate(() => document.querySelector('#map [data-region="eastern"]').getAttribute('aria-selected')), 'true');

  await command(page, { type: 'overlay', overlay: 'funding', measure: 'total' });
  const afterOverlay = await received(page, 3);
  assert.equal(afterOverlay[2].data.type, 'overlay');
  assert.equal(afterOverlay[2].data.detail.overlay, 'funding');
  assert.equal(await frame.evaluate(() => document.querySelector('#map select').value), 'funding');

  // Commands the map does not know change nothing and say nothing.
  await command(page, { type: 'overlay', overlay: 'weather' });
  await command(page, { type: 'select', region: 'atlantis' });
  await command(page, 'select eastern');
  assert.equal((await received(page, 4)).length, 3);
  await page.screenshot({ path: `${OUT}embed-iframe.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('another origin hears nothing and cannot steer the map', async () => {
  // The address names a different origin from the page that frames the map.
  const query = `parent-origin=${encodeURIComponent(origin(elsewhere.url))}`;
  const { page, frame, context, problems } = await framed(query);
  await frame.waitForFunction(() => document.querySelector('#map svg.rm-svg [data-region]'));
  await command(page, { type: 'select', region: 'eastern' });
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.received), []);
  assert.equal(await frame.evaluate(() => document.querySelectorAll('#map [aria-selected="true"]').length), 0);
  assert.deepEqual(problems, []);
  await context.close();

  // With no parent-origin at all, nothing is sent either.
  const none = await framed('region=eastern', { name: 'none.html' });
  await none.page.waitForTimeout(300);
  assert.deepEqual(await none.page.evaluate(() => window.received), []);
  await none.context.close();
});

test('the address sets the view, and controls and panel can be turned off', async () => {
  const query = 'src=data/examples/illustrative.json&overlay=funding&measure=home-office-grant&region=eastern&controls=off&panel=off';
  const { page, frame, context, problems } = await framed(query);
  const view = await frame.evaluate(() => {
    const shown = (sel) => [...document.querySelectorAll(sel)].some((e) => e.getClientRects().length > 0);
    return {
      selected: document.querySelector('#map [aria-selected="true"]')?.getAttribute('data-region'),
      legend: document.querySelector('#map .rm-legend-title')?.textContent,
      controls: shown('#map .rm-controls'),
      panel: shown('#map .rm-panel'),
      mapWidth: document.querySelector('#map svg.rm-svg').getBoundingClientRect().width,
      frameWidth: document.documentElement.clientWidth,
    };
  });
  assert.equal(view.selected, 'eastern');
  assert.match(view.legend, /Home Office grant/);
  assert.equal(view.controls, false);
  assert.equal(view.panel, false);
  assert.ok(view.mapWidth > view.frameWidth * 0.9, `the map fills the frame: ${view.mapWidth} of ${view.frameWidth}`);
  await page.screenshot({ path: `${OUT}embed-map-only.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('full screen where the frame allows it, in the frame where it does not, with no console error', async () => {
  for (const allow of ['allow="fullscreen"', '']) {
    const { frame, context, problems } = await framed('src=data/examples/illustrative.json', { allow, name: allow ? 'fs.html' : 'nofs.html' });
    await frame.click('#map .rm-present');
    await frame.waitForFunction(() => document.querySelector('#map').classList.contains('is-presenting'));
    const full = await frame.evaluate(() => document.fullscreenElement?.id ?? null);
    assert.equal(full, allow ? 'map' : null, allow || 'no allow attribute');
    await frame.press('#map .rm-step', 'PageDown');
    assert.match(await frame.textContent('#map .rm-step'), /^Step 2 of 5/);
    await frame.press('#map .rm-step', 'Escape');
    assert.deepEqual(problems, [], allow || 'no allow attribute');
    await context.close();
  }
});

test('axe-core finds nothing inside the frame', async () => {
  const { frame, context } = await framed('src=data/examples/illustrative.json&region=eastern');
  const source = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  await frame.evaluate(source);
  const violations = await frame.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help}`);
  });
  assert.deepEqual(violations, []);
  await context.close();
});
