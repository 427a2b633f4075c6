// The map in Welsh (Cymraeg): the Welsh WebAssembly chosen by `lang`, its words,
// the Welsh names of the forces in Wales, English names marked as English, and
// nothing extra downloaded by English pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { start, open, drawn, axe, address, OUT, tabToMap } from './browser.mjs';

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
  // A host that gives new data itself, by `load`: the switch shows that data.
  await page.evaluate(async () => {
    const data = await (await fetch('data/network.json')).json();
    data.regions[0].name = 'North East, as the host loaded it';
    window.hosted.load(JSON.stringify(data));
  });
  await page.waitForFunction(() => window.hosted.select('north-east'));
  await page.waitForFunction(() => /as the host loaded it/.test(document.querySelector('#hosted .rm-panel h2')?.textContent));
  await page.locator('#hosted [data-language]').click();
  await page.waitForFunction(() => document.querySelector('#hosted .rm-widget')?.lang === 'en', null, { timeout: 15000 });
  await page.waitForFunction(() => /as the host loaded it/.test(document.querySelector('#hosted .rm-panel h2')?.textContent), null, { timeout: 5000 });
  assert.deepEqual(problems, []);
  await context.close();
});

// The English side of every catalogue entry whose Welsh differs, as whole-text
// patterns (`{x}` stands for anything), from docs/translation.md, which a
// native test keeps equal to the catalogue.
// A text the Welsh side also fits (a figure with a Welsh word around it) is
// not counted as English.
const pattern = (text) => new RegExp(`^${text.replace(/\\\|/g, '|').trim().split(/\{[a-z_]+\}/)
  .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('.+')}$`);
const english = readFileSync(new URL('../../docs/translation.md', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => line.split(' | ').map((cell) => cell.trim()))
  .filter(([, en, cy]) => en !== cy && en.trim().length > 1)
  .map(([, en, cy]) => ({ en: pattern(en), cy: pattern(cy) }));

/** The words of the map in the page that a person sees or a screen reader
 * reads (visually hidden text too), but not those marked as English. */
function visibleWords(page) {
  return page.evaluate(() => {
    const host = document.querySelector('rocu-map');
    const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
    const out = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent.trim();
      if (!text || el.closest('[lang="en"]')) continue;
      if (!el.checkVisibility({ visibilityProperty: true }) || el.getClientRects().length === 0) continue;
      out.push(text);
    }
    return out;
  });
}

// The steps of a presentation are written by the analyst for the board, in
// its language (the illustrative file's in English), so they are not marked.
const illustrative = JSON.parse(readFileSync(new URL('../../data/examples/illustrative.json', import.meta.url), 'utf8'));
const written = (illustrative.presentation?.steps ?? []).flatMap((s) => [s.title, s.caption]).filter(Boolean);

function englishIn(words) {
  return words
    .filter((w) => !written.some((t) => w.includes(t)))
    .filter((w) => english.some(({ en, cy }) => en.test(w) && !cy.test(w)));
}

test('every word the Welsh map writes is Welsh: controls, legend, key points, panel, table and every slide', async () => {
  const { page, context, problems } = await open(env, 'illustrative.html#lang=cy&region=southern-wales&overlay=funding', { width: 1280, height: 1300 });
  await drawn(page);
  await page.locator('rocu-map .rm-compare-view summary').click();
  await page.locator('rocu-map .rm-export-view summary').click();
  assert.ok(english.length > 150, `${english.length} English patterns`);
  const words = await visibleWords(page);
  assert.ok(words.length > 100, `${words.length} visible texts`);
  assert.deepEqual(englishIn(words), []);
  // Welsh money, legend and key points.
  assert.ok(words.some((w) => /^£[\d.]+ miliwn i £[\d.]+ miliwn \(\d+\)$/.test(w)), 'the legend in Welsh');
  assert.match(await page.locator('rocu-map .rm-points').textContent(), /a gafodd y cyllid mwyaf/);
  await page.screenshot({ path: `${OUT}cymraeg-funding.png` });
  // The presentation, step by step.
  await page.locator('rocu-map .rm-present').click();
  await page.waitForSelector('rocu-map.is-presenting');
  const seen = new Set();
  for (let i = 0; i < 12; i += 1) {
    const step = await page.locator('rocu-map .rm-step').textContent();
    if (seen.has(step)) break;
    seen.add(step);
    assert.deepEqual(englishIn(await visibleWords(page)), [], step);
    if (i === 1) {
      assert.deepEqual(await axe(page, 'rocu-map'), [], step);
      await page.screenshot({ path: `${OUT}cymraeg-slide.png` });
    }
    await page.keyboard.press('PageDown');
    await page.waitForFunction((before) => document.querySelector('rocu-map .rm-step')?.textContent !== before, step);
  }
  assert.ok(seen.size >= 5, [...seen].join(' / '));
  assert.ok([...seen].some((s) => /^Cam \d+ o \d+: /.test(s)), [...seen].join(' / '));
  await page.keyboard.press('Escape');
  assert.deepEqual(problems, []);
  await context.close();
});

test('in Welsh the keyboard walk selects and clears with Welsh announcements, and the downloads are named in Welsh', async () => {
  const { page, context, problems } = await open(env, '#lang=cy');
  await drawn(page);
  await tabToMap(page, 11);
  await page.keyboard.press('Home');
  const first = await page.evaluate(() => document.activeElement.getAttribute('aria-activedescendant'));
  await page.keyboard.press('ArrowDown');
  assert.notEqual(await page.evaluate(() => document.activeElement.getAttribute('aria-activedescendant')), first);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /^Wedi dewis /.test(document.querySelector('rocu-map .rm-live')?.textContent ?? ''));
  assert.match(await page.locator('rocu-map .rm-live').textContent(), /heddlu\.$/);
  // The region's name has no Welsh form: the announcement marks it English.
  const live = await page.evaluate(() => {
    const said = document.querySelector('rocu-map .rm-live');
    return {
      english: [...said.querySelectorAll('[lang="en"]')].map((e) => e.textContent),
      title: document.querySelector('rocu-map .rm-details-title')?.textContent,
    };
  });
  assert.deepEqual(live.english, [live.title]);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('rocu-map .rm-live')?.textContent === "Dewis wedi'i glirio.");
  await page.locator('rocu-map .rm-export-view summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('rocu-map [data-export="svg"]').click()]);
  assert.match(file.suggestedFilename(), /^map-rocu_regions_\d{4}-\d{2}-\d{2}\.svg$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('printed in Welsh: the legend, key facts and table in Welsh, the marking on every page', async () => {
  const { page, context, problems } = await open(env, 'illustrative.html#lang=cy&region=eastern&overlay=funding');
  await drawn(page);
  const file = `${OUT}print-cy.pdf`;
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((t) => t.trim());
  assert.ok(pages.length >= 2, `${pages.length} pages`);
  pages.forEach((t, i) => assert.ok((t.match(/OFFICIAL/g) || []).length >= 2, `page ${i + 1} has the marking`));
  const text = pages.join(' ');
  assert.match(text, /Cyfanswm y cyllid, y flwyddyn ddiweddaraf/);
  assert.match(text, /Cyllid yn y flwyddyn ddiweddaraf/, 'the compare table in Welsh');
  assert.doesNotMatch(text, /Total funding|Funding in the latest year|Lliwio'r map yn ôl/);
  execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', file, `${OUT}print-cy`]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('in Welsh the problems in a data file are listed in Welsh, each with its JSON path', async () => {
  const bad = structuredClone(network);
  bad.regions[0].forces[0] = 'E2300013';
  bad.meta.asOf = 'yesterday';
  bad.meta.colour = 'blue';
  const { page, context } = await open(env, '#lang=cy');
  await drawn(page);
  await page.route('**/data/network.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(bad) }));
  await page.reload();
  await page.waitForSelector('rocu-map .rm-error');
  const box = page.locator('rocu-map .rm-error');
  assert.equal(await box.getAttribute('lang'), 'cy', 'the message is marked as Welsh');
  const text = await box.textContent();
  assert.match(text, /Mae problemau yn y ffeil ddata, felly nid oes modd llunio'r map\./);
  assert.match(text, /\$\.regions\[0\]\.forces\[0\] heddlu anhysbys `E2300013` \(ai `E23000013` \(Cleveland Police\) oedd dan sylw\?\)/);
  assert.match(text, /\$\.meta\.asOf nid yw `yesterday` yn ddyddiad/);
  assert.doesNotMatch(text, /did you mean|is not a date|unknown/);
  await page.screenshot({ path: `${OUT}page-error-cy.png` });
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('in Welsh a data file that is not JSON is told so in Welsh, and a WebAssembly that cannot start too', async () => {
  const { page, context } = await open(env, '#lang=cy');
  await drawn(page);
  await page.route('**/data/network.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"meta": {"title": "x",}' }));
  await page.reload();
  await page.waitForSelector('rocu-map .rm-error');
  const text = await page.locator('rocu-map .rm-error').textContent();
  assert.match(text, /nid yw hwn yn JSON dilys ar linell 1, colofn \d+ \(chwiliwch am goma/);
  assert.doesNotMatch(text, /trailing|expected|while parsing|at line/);
  // A data file that is not there: the reason is the address and the status.
  await page.unroute('**/data/network.json');
  await page.route('**/data/network.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.reload();
  await page.waitForSelector('rocu-map .rm-error');
  assert.match(await page.locator('rocu-map .rm-error').textContent(), /Nid oedd modd llwytho'r ffeil ddata \(data\/network\.json: 404 Not Found\)\./);
  // The Welsh WebAssembly does not load: the words come from its glue.
  await page.unroute('**/data/network.json');
  await page.route('**/pkg-cy/rocu_map_bg.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.reload();
  await page.waitForSelector('rocu-map .rm-error');
  const box = page.locator('rocu-map .rm-error');
  assert.equal(await box.getAttribute('lang'), 'cy');
  assert.equal(await box.locator('h2').textContent(), 'Nid oes modd dangos y map');
  await page.screenshot({ path: `${OUT}page-wasm-failed-cy.png` });
  assert.match(await box.textContent(), /^Nid oes modd dangos y mapNid oedd eich porwr yn gallu cychwyn y map \(ni lwythodd WebAssembly\)\. .* Manylion: \S/);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('in a Welsh presentation the step indicator marks a region\'s English name as English', async () => {
  const { page, context, problems } = await open(env, '#lang=cy&slide=2');
  await page.waitForSelector('rocu-map.is-presenting .rm-slide');
  const step = page.locator('rocu-map .rm-step');
  assert.equal(await step.textContent(), 'Rhanbarth 1 o 10: North East Regional Special Operations Unit (NERSOU)');
  assert.equal(await step.locator('[lang="en"]').textContent(), 'North East Regional Special Operations Unit (NERSOU)');
  assert.deepEqual(await axe(page, 'rocu-map'), []);
  // The overview's indicator has no name in it: plain Welsh.
  await page.keyboard.press('Home');
  await page.waitForFunction(() => !document.querySelector('rocu-map .rm-step [lang]'));
  assert.doesNotMatch(await step.textContent(), /Overview/);
  assert.deepEqual(problems, []);
  await context.close();
});
