// Page tests: the real built page (dist/) in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { start, open, drawn, axe, address, OUT, tabToMap } from './browser.mjs';

const network = JSON.parse(readFileSync(new URL('../../data/network.json', import.meta.url), 'utf8'));
const forceName = Object.fromEntries(network.forces.map((f) => [f.code, f.name]));
let env;

/** Clicks with the mouse at the middle of an element (labels let clicks through to the map). */
async function clickAt(page, locator, fx = 0.5, fy = 0.5) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
}

before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('the page loads, draws the map and makes no request but its own assets and the data', async () => {
  const { page, context, problems, requests } = await open(env, '');
  await drawn(page);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(problems, []);
  assert.equal(await page.locator('rocu-map .rm-regions [data-region]').count(), 10);
  assert.equal(await page.locator('rocu-map .rm-regions path[data-force]').count(), 43);
  // The host contract: the two attributes are on the map's shapes only, even
  // with a region's panel open.
  await page.locator('rocu-map svg [data-region="eastern"]').dispatchEvent('click');
  const outside = await page.evaluate(() => [...document.querySelectorAll('rocu-map [data-region], rocu-map [data-force]')]
    .filter((el) => !(el instanceof SVGElement)).map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(outside, [], 'data-region and data-force only on SVG shapes');
  assert.equal(await page.locator('rocu-map [data-region]').count(), 10);
  const allowed = ['index.html', '', 'site.css', 'rocu-map.css', 'rocu-map.js', 'pkg/rocu_map_bg.wasm', 'data/network.json'];
  // (illustrative.html fetches data/examples/illustrative.json instead of data/network.json.)
  for (const r of requests) {
    assert.ok(r.startsWith(env.url), `request off the page's origin: ${r}`);
    assert.ok(allowed.includes(r.slice(env.url.length)), `unexpected request: ${r}`);
  }
  assert.ok(requests.some((r) => r.endsWith('data/network.json')));
  assert.match(await page.locator('rocu-map svg').textContent(), /Contains OS data © Crown copyright and database right 2022/);
  await page.screenshot({ path: `${OUT}page-1280.png`, fullPage: true });
  await context.close();
});

test('clicking each region shows exactly its forces in the panel', async () => {
  const { page, context, problems } = await open(env, '');
  await drawn(page);
  for (const region of network.regions) {
    // Click where a person would: on the region's label (labels let clicks through),
    // or for London, on the enlarged inset.
    const target = region.id === 'london'
      ? page.locator('rocu-map .rm-inset path[data-force="E23000001"]')
      : page.locator(`rocu-map [data-label="${region.id}"] text`);
    // (West of centre in London, away from the City of London's own target.)
    await clickAt(page, target, region.id === 'london' ? 0.25 : 0.5);
    await assert.doesNotReject(page.waitForFunction((name) => document.querySelector('rocu-map .rm-panel h2')?.textContent === name, region.name, { timeout: 3000 }), region.id);
    const listed = await page.locator('rocu-map .rm-force-list button').allTextContents();
    assert.deepEqual(listed.sort(), region.forces.map((c) => forceName[c]).sort(), region.id);
    assert.equal(await address(page), `#region=${region.id}`);
    assert.equal(await page.locator(`rocu-map svg [data-region="${region.id}"]`).getAttribute('aria-selected'), 'true');
  }
  await page.keyboard.press('Escape');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a keyboard-only walk reaches all ten regions', async () => {
  const { page, context } = await open(env, '');
  await drawn(page);
  // Tab from the top of the page until the map has focus: it is one tab stop.
  await tabToMap(page, 9);
  const active = () => page.evaluate(() => document.activeElement.getAttribute('aria-activedescendant')?.replace(/^rm\d+-region-/, ''));
  // Breadth-first over arrow-key paths from Home, replaying each path as a person would.
  const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
  await page.keyboard.press('Home');
  const start = await active();
  const seen = new Map([[start, []]]);
  const queue = [[]];
  while (queue.length) {
    const path = queue.shift();
    for (const key of keys) {
      await page.keyboard.press('Home');
      for (const k of [...path, key]) await page.keyboard.press(k);
      const at = await active();
      if (!seen.has(at)) { seen.set(at, [...path, key]); queue.push([...path, key]); }
    }
  }
  assert.deepEqual([...seen.keys()].sort(), network.regions.map((r) => r.id).sort());
  // Enter selects the active region; the live region says so; Escape clears.
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('rocu-map .rm-panel h2').textContent(), network.regions[0].name);
  assert.match(await page.locator('rocu-map .rm-live').textContent(), /selected/);
  await page.screenshot({ path: `${OUT}page-keyboard-focus.png` });
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('rocu-map .rm-panel h2').textContent(), 'Regions');
  await context.close();
});

test('axe-core finds no violations, with and without a selection, wide and narrow', async () => {
  for (const [width, path] of [[1280, ''], [1280, '#region=london&force=E23000034'], [320, '#region=eastern'], [1280, 'embed-example.html'], [1280, 'illustrative.html#region=eastern'], [360, 'illustrative.html#region=london']]) {
    const { page, context } = await open(env, path, { width, height: 900 });
    await drawn(page);
    const violations = await axe(page);
    assert.deepEqual(violations, [], `${width}px ${path}`);
    await context.close();
  }
});

test('a screen reader is told of a listbox of ten options, one selected (Chromium accessibility tree)', async () => {
  const { page, context } = await open(env, 'index.html');
  await drawn(page);
  await page.locator('rocu-map svg.rm-svg [data-region="eastern"]').first().dispatchEvent('click');
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const role = (n) => n.role?.value;
  const name = (n) => n.name?.value || '';
  const listbox = nodes.filter((n) => role(n) === 'listbox' && name(n).startsWith('Map:'));
  assert.equal(listbox.length, 1, 'one listbox for the map');
  // The map's options are the listbox's own children (not options inside
  // groups), so a screen reader can say "option, 3 of 10".
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const children = listbox[0].childIds.map((id) => byId.get(id)).filter(Boolean);
  const options = children.filter((n) => role(n) === 'option');
  assert.equal(options.length, 10, `ten options, not groups (children: ${children.map(role).join(', ')})`);
  assert.deepEqual(options.map((o) => network.regions.find((r) => name(o).startsWith(r.name))?.id), network.regions.map((r) => r.id), options.map(name).join('; '));
  const selected = options.filter((o) => o.properties?.some((p) => p.name === 'selected' && p.value.value === true));
  assert.deepEqual(selected.map(name), [options.find((o) => name(o).startsWith('Eastern Region')).name.value]);
  // The map is described by its key points (then the keyboard help).
  const description = listbox[0].description?.value || '';
  assert.match(description, /^The 9 ROCUs serve 41 of the 43 forces on the map\./, description);
  assert.match(description, /Keyboard: Tab to the map/);

  // The overlay control is a labelled combobox; the compare table's headers
  // are column headers, the sorted one with its sort state.
  const fresh = async () => (await cdp.send('Accessibility.getFullAXTree')).nodes;
  let tree = await fresh();
  assert.ok(tree.some((n) => role(n) === 'combobox' && name(n) === 'Colour the map by'), 'the overlay control is named');
  // A pressed force button is named by the force alone, its state by
  // aria-pressed (the drawn marker is not read).
  await page.locator('rocu-map .rm-panel button.rm-force-button').first().click();
  tree = await fresh();
  const pressed = tree.filter((n) => role(n) === 'button' && n.properties?.some((p) => p.name === 'pressed' && p.value.value === 'true'));
  assert.equal(pressed.length, 1, 'one force button is pressed');
  assert.equal(name(pressed[0]), network.forces.find((f) => f.code === 'E23000026').name);
  await page.locator('rocu-map .rm-compare-view summary').click();
  await page.locator('rocu-map .rm-compare-view button.rm-sort').nth(2).click();
  tree = await fresh();
  const headers = tree.filter((n) => role(n) === 'columnheader');
  assert.ok(headers.length >= 4, `column headers: ${headers.map(name).join(', ')}`);
  // The sort arrow is drawn, not read out as part of the header's name (the
  // state is aria-sort's, which the DevTools protocol does not list).
  assert.deepEqual(headers.map(name).filter((n) => /[▲▼]/.test(n)), [], 'no arrow in a header\'s name');
  assert.equal(await page.locator('rocu-map .rm-compare-view th[aria-sort="ascending"]').count(), 1, 'one column is sorted, and says so');
  assert.ok(tree.some((n) => role(n) === 'rowheader' && name(n).startsWith('Eastern Region')), 'each row is headed by its region');
  await context.close();
});

test('a src changed or the element removed mid-load leaves one map, or none, and no listener behind', async () => {
  const { page, context, problems } = await open(env, 'index.html', undefined, {});
  // Count the listeners on window and document, from before the page's scripts.
  await page.addInitScript(() => {
    const live = new Set();
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    const tracked = (t) => t === window || t === document;
    EventTarget.prototype.addEventListener = function (type, f, o) {
      if (tracked(this)) live.add(f);
      return add.call(this, type, f, o);
    };
    EventTarget.prototype.removeEventListener = function (type, f, o) {
      if (tracked(this)) live.delete(f);
      return remove.call(this, type, f, o);
    };
    window.__listeners = () => live.size;
    // The src changed while the first map loads (the WebAssembly is still
    // starting when the document has been parsed): only the second is drawn.
    document.addEventListener('DOMContentLoaded', () => {
      window.__drawnAtChange = !!document.querySelector('rocu-map svg');
      document.querySelector('rocu-map')?.setAttribute('src', 'data/examples/illustrative.json');
    });
  });
  await page.reload();
  await drawn(page);
  assert.equal(await page.evaluate(() => window.__drawnAtChange), false, 'the change came mid-load');
  await page.waitForSelector('rocu-map .rm-banner');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('rocu-map svg.rm-svg').count(), 1, 'one map');
  assert.equal(await page.locator('rocu-map .rm-widget').count(), 1);
  const withOne = await page.evaluate(() => window.__listeners());
  // New data loaded into the drawn map (the host's `load`): the old map's
  // listeners go, none are left on the window to call a dropped closure.
  await page.evaluate(async () => {
    const text = await (await fetch('data/network.json')).text();
    document.querySelector('rocu-map').map.load(text);
  });
  await page.waitForFunction(() => document.querySelector('rocu-map svg.rm-svg') && !document.querySelector('rocu-map .rm-banner'));
  assert.equal(await page.evaluate(() => window.__listeners()), withOne, 'loading new data leaves the same listeners');
  await page.setViewportSize({ width: 900, height: 800 });
  await page.keyboard.press('PageDown');
  await page.waitForTimeout(300);
  // Removed at once after being added, a second element leaves nothing behind.
  await page.evaluate(() => {
    const el = document.createElement('rocu-map');
    el.setAttribute('src', 'data/network.json');
    el.id = 'brief';
    document.body.append(el);
    setTimeout(() => el.remove(), 0);
  });
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('#brief svg').count(), 0, 'the removed element draws nothing');
  assert.equal(await page.evaluate(() => window.__listeners()), withOne, 'and leaves no listener on window or document');
  // Removing the first takes its listeners away too.
  await page.evaluate(() => document.querySelector('rocu-map').remove());
  await page.waitForTimeout(300);
  assert.ok(await page.evaluate(() => window.__listeners()) < withOne, 'the removed map\'s listeners are gone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('hover highlights and names the region', async () => {
  const { page, context } = await open(env, '');
  await drawn(page);
  const box = await page.locator('rocu-map [data-label="north-west"] text').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector('rocu-map .rm-tooltip:not([hidden])');
  assert.match(await page.locator('rocu-map .rm-tooltip').textContent(), /North West Regional Organised Crime Unit/);
  assert.match(await page.locator('rocu-map svg [data-region="north-west"]').getAttribute('class'), /is-hover/);
  await page.screenshot({ path: `${OUT}page-hover.png` });
  await context.close();
});

test('it fits from 320 px to 4K wide without scrolling sideways', async () => {
  for (const width of [320, 768, 1920, 3840]) {
    const { page, context, problems } = await open(env, '#region=south-east', { width, height: 1000 });
    await drawn(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${width}px scrolls sideways by ${overflow}px`);
    const svg = await page.locator('rocu-map svg').boundingBox();
    assert.ok(svg.width >= Math.min(width - 40, 280), `map only ${svg.width}px wide at ${width}px`);
    assert.deepEqual(problems, []);
    await page.screenshot({ path: `${OUT}page-${width}.png`, fullPage: width <= 768 });
    await context.close();
  }
});

test('bad data and a missing file show a clear message in the page', async () => {
  const { page, context } = await open(env, 'embed-example.html');
  await drawn(page);
  // Invalid data: every problem is listed with its JSON path.
  const bad = structuredClone(network);
  bad.regions[0].forces[0] = 'E2300013';
  bad.meta.asOf = 'yesterday';
  await page.route('**/data/network.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(bad) }));
  await page.reload();
  await page.waitForSelector('rocu-map .rm-error');
  const text = await page.locator('rocu-map .rm-error').textContent();
  assert.match(text, /The map cannot be shown/);
  assert.match(text, /\$\.regions\[0\]\.forces\[0\]/);
  assert.match(text, /did you mean `E23000013` \(Cleveland Police\)\?/);
  assert.match(text, /\$\.meta\.asOf/);
  await page.screenshot({ path: `${OUT}page-error.png` });
  assert.deepEqual(await axe(page), []);
  // A missing file.
  await page.unroute('**/data/network.json');
  await page.route('**/data/network.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.reload();
  await page.waitForSelector('rocu-map .rm-error');
  assert.match(await page.locator('rocu-map .rm-error').textContent(), /could not be loaded .*404/);
  await context.close();
});

test('a data file too large to accept is refused from its length, before it is read', async () => {
  // A server that announces 20 MB and then sends almost nothing: if the map
  // waited for the body, no message would ever come.
  const sockets = new Set();
  const slow = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(20 * 1024 * 1024) });
    response.write('{"meta": ');
  });
  slow.on('connection', (socket) => { sockets.add(socket); });
  await new Promise((resolve) => slow.listen(0, '127.0.0.1', resolve));
  const { page, context, problems } = await open(env, 'embed-example.html');
  await drawn(page);
  await page.route('**/data/network.json', (route) => route.continue({ url: `http://127.0.0.1:${slow.address().port}/network.json` }));
  await page.reload();
  await page.waitForSelector('rocu-map .rm-error', { timeout: 5000 });
  const text = await page.locator('rocu-map .rm-error').textContent();
  // The words `rocu-map validate` gives for a file of that size.
  assert.match(text, /the file is 20971520 bytes; the largest accepted is 5242880 bytes \(5 MB\)/);
  assert.deepEqual(problems.filter((p) => !/request failed/.test(p)), []);
  await context.close();
  for (const socket of sockets) socket.destroy();
  slow.close();
});

test('if the WebAssembly cannot load, the element says so', async () => {
  const { page, context } = await open(env, 'embed-example.html');
  await page.route('**/pkg/rocu_map_bg.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.reload();
  await page.waitForSelector('rocu-map .rm-error');
  const box = page.locator('rocu-map .rm-error');
  assert.match(await box.textContent(), /could not start the map \(WebAssembly did not load\)\. It may be blocked by a security policy\. Details: \S/);
  assert.equal(await box.getAttribute('lang'), 'en');
  // In the map's colours (the element is the map's host), with its red border.
  assert.equal(await box.evaluate((el) => getComputedStyle(el).borderTopColor), 'rgb(212, 53, 28)');
  await context.close();
});

test('the embedded example hears the select event', async () => {
  const { page, context, problems } = await open(env, 'embed-example.html', { width: 1280, height: 900 });
  await drawn(page);
  await clickAt(page, page.locator('rocu-map [data-label="yorkshire-humber"] text'));
  await page.waitForFunction(() => document.getElementById('picked').textContent.includes('yorkshire-humber'));
  await page.screenshot({ path: `${OUT}embed-example.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});
