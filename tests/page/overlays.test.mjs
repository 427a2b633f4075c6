// Page tests of the overlays: every overlay in the real page, chosen with the
// control (mouse and keyboard), checked with axe-core and screenshotted; the
// compare table sorted with the keyboard and downloaded as CSV.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, open, drawn, axe, address, OUT } from './browser.mjs';

const data = JSON.parse(readFileSync(new URL('../../data/examples/illustrative.json', import.meta.url), 'utf8'));
let env;

before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// Each overlay, with one measure where it has them.
const OVERLAYS = [
  ['regions'],
  ['capabilities'],
  ['capabilities', 'cyber'],
  ['funding'],
  ['funding', 'home-office-grant'],
  ['dedicated-lead'],
  ['tasking'],
  ['inspection'],
];

for (const page of ['illustrative.html', 'index.html']) {
  test(`every overlay on ${page} draws, keys its legend and passes axe`, async () => {
    const { page: p, context, problems } = await open(env, page);
    await drawn(p);
    for (const [overlay, measure] of OVERLAYS) {
      await p.selectOption('rocu-map select[data-control="overlay"]', overlay);
      if (measure) await p.selectOption('rocu-map select[data-control="measure"]', measure);
      const hash = `#overlay=${overlay}` + (measure ? `&${overlay === 'funding' ? 'source' : 'capability'}=${measure}` : '');
      assert.equal(await address(p), overlay === 'regions' ? '' : hash);
      // The legend accounts for all ten regions.
      const counts = (await p.locator('rocu-map .rm-legend-text').allTextContents())
        .map((t) => t.match(/\((\d+)\)$/)?.[1]).filter(Boolean).map(Number);
      if (overlay !== 'regions') assert.equal(counts.reduce((a, b) => a + b, 0), 10, `${overlay} ${measure}`);
      // Not colour alone: each region's name for assistive technology carries its value.
      const label = await p.locator('rocu-map svg [data-region="north-east"]').getAttribute('aria-label');
      if (overlay !== 'regions') assert.match(label, /: /);
      assert.deepEqual(await axe(p), [], `${page} ${overlay} ${measure ?? ''}`);
      const name = `overlay-${page.replace('.html', '')}-${overlay}${measure ? `-${measure}` : ''}.png`;
      await p.locator('rocu-map svg.rm-svg').screenshot({ path: `${OUT}${name}` });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the overlay control works from the keyboard and keeps focus', async () => {
  const { page, context } = await open(env, 'illustrative.html');
  await drawn(page);
  const select = page.locator('rocu-map select[data-control="overlay"]');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await address(page), '#overlay=capabilities');
  // The control was rebuilt with a measure control; focus stays on the overlay control.
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.control), 'overlay');
  assert.equal(await page.locator('rocu-map select[data-control="measure"]').count(), 1);
  // The live region says what happened.
  assert.match(await page.locator('rocu-map .rm-live').textContent(), /coloured by Capabilities in place/);
  await context.close();
});

test('the compare table sorts from the keyboard, passes axe and downloads as CSV', async () => {
  const { page, context, problems } = await open(env, 'illustrative.html#overlay=funding', { width: 1280, height: 900 }, { acceptDownloads: true });
  await drawn(page);
  await page.locator('rocu-map .rm-compare-view summary').click();
  const rows = page.locator('rocu-map .rm-compare-view tbody tr');
  assert.equal(await rows.count(), 10);
  const total = page.locator('rocu-map .rm-compare-view button.rm-sort', { hasText: /^Total/ });
  await total.focus();
  await page.keyboard.press('Enter');
  const th = total.locator('xpath=..');
  assert.equal(await th.getAttribute('aria-sort'), 'ascending');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), await total.textContent(), 'focus stays on the sort button');
  await page.keyboard.press('Enter');
  assert.equal(await th.getAttribute('aria-sort'), 'descending');
  // Highest first; London (no ROCU, no data) last.
  const regions = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.rowRegion));
  assert.equal(regions.at(-1), 'london');
  const column = (await page.locator('rocu-map .rm-compare-view thead th').allTextContents()).findIndex((t) => t.startsWith('Total'));
  const money = await rows.evaluateAll((trs, c) => trs.map((tr) => tr.children[c].textContent), column);
  const amounts = money.filter((m) => m.startsWith('£')).map((m) => parseFloat(m.slice(1)) * (m.includes('million') ? 1e6 : 1));
  assert.deepEqual(amounts, [...amounts].sort((a, b) => b - a));
  assert.deepEqual(await axe(page, 'rocu-map'), []);
  await page.locator('rocu-map .rm-compare-view').screenshot({ path: `${OUT}compare-table.png` });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('rocu-map a.rm-download').click(),
  ]);
  assert.equal(download.suggestedFilename(), `rocu-map_funding_${data.meta.asOf}.csv`);
  const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
  assert.equal(csv[0], data.meta.classification, 'the protective marking heads the file');
  assert.equal(csv[1], 'Illustrative data — not real figures');
  assert.match(csv[2], /^Region,/);
  assert.equal(csv.filter((l) => l).length, 13, 'the marking, the warning, the header and ten regions');
  const first = await rows.first().locator('th').textContent();
  assert.ok(csv[3].startsWith(`${first},`) || csv[3].startsWith(`"${first}",`), 'rows follow the table order');
  assert.deepEqual(problems, []);
  await context.close();
});
