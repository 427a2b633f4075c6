// The map in Welsh (Cymraeg): the Welsh WebAssembly chosen by `lang`, its words,
// the Welsh names of the forces in Wales, English names marked as English, and
// nothing extra downloaded by English pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, open, drawn, axe, OUT } from './browser.mjs';

const network = JSON.parse(readFileSync(new URL('../../data/network.json', import.meta.url), 'utf8'));
const welsh = Object.fromEntries(
  readFileSync(new URL('../../data/sources/welsh-names.csv', import.meta.url), 'utf8')
    .trim().split('\n').slice(1).map((line) => line.split(',')).map(([code, , cy]) => [code, cy]),
);
let env;

before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('an English page downloads nothing of the Welsh map', async () => {
  const { page, context, problems, requests } = await open(env, '#region=southern-wales');
  await drawn(page);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(problems, []);
  assert.equal(await page.locator('rocu-map .rm-widget').getAttribute('lang'), 'en');
  assert.deepEqual(requests.filter((r) => r.includes('pkg-cy')), []);
  assert.equal(await page.locator('rocu-map .rm-panel h2').textContent(), 'Tarian Regional Organised Crime Unit (southern Wales)');
  await context.close();
});

test('lang=cy in the address gives the map in Welsh, with the Welsh names of the forces in Wales', async () => {
  const { page, context, problems, requests } = await open(env, '#lang=cy&region=southern-wales', { width: 1280, height: 1300 });
  await drawn(page);
  assert.deepEqual(problems, []);
  assert.ok(requests.some((r) => r.endsWith('pkg-cy/rocu_map_bg.wasm')), 'the Welsh WebAssembly is fetched');
  const widget = page.locator('rocu-map .rm-widget');
  assert.equal(await widget.getAttribute('lang'), 'cy');
  assert.equal(await page.locator('rocu-map label[for$="-overlay"]').textContent(), "Lliwio'r map yn ôl");
  assert.equal(await page.locator('rocu-map .rm-present').textContent(), 'Cyflwyno ar sgrin lawn');
  assert.equal(await page.locator('rocu-map .rm-clear').textContent(), "Clirio'r dewis");
  // The forces in Wales by their published Welsh names, as Welsh text; the
  // region's name has no Welsh form, so it is English, marked as such.
  const region = network.regions.find((r) => r.id === 'southern-wales');
  const buttons = page.locator('rocu-map .rm-force-list button');
  assert.deepEqual(await buttons.allTextContents(), region.forces.map((code) => welsh[code]));
  for (const lang of await buttons.evaluateAll((els) => els.map((el) => el.closest('[lang]').lang))) {
    assert.equal(lang, 'cy');
  }
  const heading = page.locator('rocu-map .rm-panel h2');
  assert.equal(await heading.textContent(), region.name);
  assert.equal(await heading.getAttribute('lang'), 'en');
  // Dates the Welsh way.
  assert.match(await page.locator('rocu-map .rm-sources summary').textContent(), /1 Chwefror 2021/);
  assert.deepEqual(await axe(page, 'rocu-map'), []);
  await page.screenshot({ path: `${OUT}cymraeg-1280.png`, fullPage: true });
  await context.close();
});

test('the element\'s lang attribute picks the language, and changing it redraws the map in the other', async () => {
  const { page, context, problems } = await open(env, '');
  await drawn(page);
  await page.locator('rocu-map').evaluate((el) => el.setAttribute('lang', 'cy'));
  await page.waitForFunction(() => document.querySelector('rocu-map .rm-widget')?.lang === 'cy', null, { timeout: 15000 });
  assert.equal(await page.locator('rocu-map .rm-export-view summary').textContent(), "Lawrlwytho'r map hwn");
  // The Welsh map's download is named in Welsh.
  await page.locator('rocu-map .rm-compare-view summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('rocu-map .rm-download').click()]);
  assert.match(file.suggestedFilename(), /^map-rocu_regions_\d{4}-\d{2}-\d{2}\.csv$/);
  await page.locator('rocu-map').evaluate((el) => el.setAttribute('lang', 'en'));
  await page.waitForFunction(() => document.querySelector('rocu-map .rm-widget')?.lang === 'en', null, { timeout: 15000 });
  assert.equal(await page.locator('rocu-map .rm-export-view summary').textContent(), 'Download this map');
  assert.deepEqual(problems, []);
  await context.close();
});
