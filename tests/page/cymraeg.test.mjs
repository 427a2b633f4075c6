// The map in Welsh (Cymraeg): the Welsh WebAssembly chosen by `lang`, its words,
// the Welsh names of the forces in Wales, English names marked as English, and
// nothing extra downloaded by English pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, open, drawn, axe, address, OUT } from './browser.mjs';

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

test('the language switch shows the map in Welsh and back where the user was, with focus on the switch', async () => {
  const { page, context, problems, requests } = await open(env, '#region=southern-wales&force=W15000002');
  await drawn(page);
  await page.selectOption('rocu-map [data-control="overlay"]', 'funding');
  await page.selectOption('rocu-map [data-control="measure"]', network.fundingSources[0].id);
  const before = await address(page);
  assert.ok(!requests.some((r) => r.includes('rocu-map-language.js')), 'the switch\'s code is fetched only when used');
  const cymraeg = page.locator('rocu-map .rm-controls [data-language]');
  assert.equal(await cymraeg.textContent(), 'Cymraeg');
  assert.equal(await cymraeg.getAttribute('lang'), 'cy');
  // The host's handle, kept from before the switch.
  await page.evaluate(() => { window.held = document.querySelector('rocu-map').map; });
  await cymraeg.click();
  await page.waitForFunction(() => document.querySelector('rocu-map .rm-widget')?.lang === 'cy', null, { timeout: 15000 });
  await page.waitForFunction(() => document.activeElement?.dataset?.language === 'en', null, { timeout: 5000 });
  const english = page.locator('rocu-map .rm-controls [data-language]');
  assert.equal(await english.textContent(), 'English');
  assert.equal(await english.getAttribute('lang'), 'en');
  // The same region, force, overlay and measure, now in Welsh.
  assert.equal(await page.inputValue('rocu-map [data-control="overlay"]'), 'funding');
  assert.equal(await page.inputValue('rocu-map [data-control="measure"]'), network.fundingSources[0].id);
  assert.equal(await page.locator('rocu-map label[for$="-overlay"]').textContent(), "Lliwio'r map yn ôl");
  assert.equal(await page.locator('rocu-map .rm-force-button[aria-pressed="true"]').textContent(), welsh.W15000002);
  assert.deepEqual(await page.evaluate(() => [window.held.region, window.held.force]), ['southern-wales', 'W15000002']);
  // The address remembers the language; the rest of it is as it was.
  const after = await address(page);
  assert.equal(after.replace('lang=cy&', ''), before);
  assert.deepEqual(await axe(page, 'rocu-map'), []);
  // The handle the host held controls the Welsh map.
  assert.equal(await page.evaluate(() => window.held.select('north-west')), true);
  assert.equal(await page.evaluate(() => window.held.region), 'north-west');
  // Back to English with the keyboard.
  await english.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('rocu-map .rm-widget')?.lang === 'en', null, { timeout: 15000 });
  await page.waitForFunction(() => document.activeElement?.dataset?.language === 'cy', null, { timeout: 5000 });
  assert.equal(await page.inputValue('rocu-map [data-control="overlay"]'), 'funding');
  assert.equal(await page.evaluate(() => window.held.region), 'north-west');
  assert.match(await address(page), /(^#|&)lang=en(&|$)/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a map mounted without the address keeps its state across the switch, and the host can leave the switch out', async () => {
  const { page, context, problems } = await open(env, 'embed-example.html');
  await page.evaluate(async () => {
    const { mount } = await import('./rocu-map.js');
    const box = document.createElement('div');
    box.id = 'hosted';
    document.body.append(box);
    window.hosted = await mount(box, { src: 'data/network.json', deepLink: false });
    const off = document.createElement('rocu-map');
    off.setAttribute('src', 'data/network.json');
    off.setAttribute('deep-link', 'off');
    off.setAttribute('language-switch', 'off');
    document.body.append(off);
  });
  await page.waitForSelector('#hosted svg.rm-svg', { timeout: 15000 });
  await page.waitForSelector('rocu-map[language-switch="off"] svg.rm-svg', { timeout: 15000 });
  assert.equal(await page.locator('rocu-map[language-switch="off"] [data-language]').count(), 0);
  await page.evaluate(() => { window.hosted.select('eastern'); window.hosted.setOverlay('capabilities'); });
  const hash = await address(page);
  await page.locator('#hosted [data-language]').click();
  await page.waitForFunction(() => document.querySelector('#hosted .rm-widget')?.lang === 'cy', null, { timeout: 15000 });
  await page.waitForFunction(() => document.activeElement?.dataset?.language === 'en', null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => window.hosted.region), 'eastern');
  assert.equal(await page.inputValue('#hosted [data-control="overlay"]'), 'capabilities');
  assert.equal(await address(page), hash, 'a map without deep links leaves the address alone');
  assert.deepEqual(problems, []);
  await context.close();
});
