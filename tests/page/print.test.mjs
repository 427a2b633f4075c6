// Printing to PDF in headless Chromium on A4 and A3, landscape by the page's CSS: page 1 the map with
// its legend and key facts, then the compare table, the marking on every page.
// pdftoppm (poppler-utils) turns the pages into PNGs in test-output/ to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { start, open, drawn, OUT } from './browser.mjs';

const illustrative = JSON.parse(readFileSync(new URL('../../data/examples/illustrative.json', import.meta.url), 'utf8'));
let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

for (const format of ['A4', 'A3']) {
  test(`prints on ${format} landscape with the marking on every page`, async () => {
    const { page, context, problems } = await open(env, 'illustrative.html#region=eastern&overlay=funding');
    await drawn(page);
    // The paper is the printer's (A4 or A3); the orientation is the page's own
    // CSS (`@page { size: landscape }`), not asked for here.
    const pdf = await page.pdf({ format, preferCSSPageSize: true });
    const file = `${OUT}print-${format}.pdf`;
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(info.match(/Pages:\s+(\d+)/)[1]);
    const [, w, h] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/).map(Number);
    const mm = (pt) => Math.round((pt / 72) * 25.4);
    assert.deepEqual([mm(w), mm(h)], format === 'A4' ? [297, 210] : [420, 297]);
    execFileSync("pdftoppm", ["-png", "-r", "40", file, `${OUT}print-${format}`]);
    assert.ok(pages >= 2 && pages <= 3, `${pages} pages`);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((t) => t.trim());
    assert.equal(text.length, pages);
    text.forEach((t, i) => {
      assert.ok((t.match(/OFFICIAL/g) || []).length >= 2, `page ${i + 1} has the marking at the top and the bottom`);
    });
    assert.match(text[0], /Illustrative data — not real figures/);
    assert.match(text[0], /Eastern Region Special/, 'key facts on page 1');
    assert.match(text[0], /Bedfordshire Police/, 'the lead force among them');
    assert.match(text.slice(1).join(' '), /Funding in the latest year/, 'the compare table follows');
    assert.doesNotMatch(text.join(' '), /Colour the map by|Download this map|Keyboard:/, 'no controls on paper');
    execFileSync('pdftoppm', ['-png', '-r', '50', file, `${OUT}print-${format}`]);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a presentation printed is every step, a page each in order with the marking at the top and the bottom, and the user is left where they were', async () => {
  const { page, context, problems } = await open(env, 'illustrative.html#slide=2');
  await drawn(page);
  await page.waitForSelector('rocu-map.is-presenting .rm-slide');
  const before = { step: await page.locator('rocu-map .rm-step').textContent() };
  const file = `${OUT}print-slide.pdf`;
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((t) => t.trim());
  const steps = illustrative.presentation.steps;
  assert.equal(pages.length, steps.length, 'a page for each step');
  pages.forEach((t, i) => {
    const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
    assert.equal(lines[0], 'OFFICIAL', `page ${i + 1} starts with the marking`);
    assert.equal(lines.at(-1), 'OFFICIAL', `page ${i + 1} ends with the marking`);
    assert.match(t.replace(/\s+/g, ' '), new RegExp(`Step ${i + 1} of ${steps.length}: ${steps[i].title}`), `page ${i + 1} is step ${i + 1}`);
  });
  assert.match(pages[1], /Funding rose in every region/);
  // The copies were for the printer only; the user is on the step they were on.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.locator('rocu-map .rm-print-pages').count(), 0);
  assert.equal(await page.locator('rocu-map .rm-step').textContent(), before.step);
  await page.waitForTimeout(700);
  // The address still opens that step (written in full, as a step the user
  // takes writes it: the step's overlay with it).
  const keys = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1));
  assert.equal(keys.get('slide'), '2');
  assert.ok([null, 'funding'].includes(keys.get('overlay')), keys.toString());
  execFileSync('pdftoppm', ['-png', '-r', '40', file, `${OUT}print-slide`]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('printed from the table\'s step, the default presentation is the overview, each region and the table, each page styled as its own step', async () => {
  const { page, context, problems } = await open(env, '#slide=12');
  // (The table's step hides the map, so `drawn` would wait for it in vain.)
  await page.waitForSelector('rocu-map.is-presenting.is-compare', { state: 'attached' });
  const file = `${OUT}print-default.pdf`;
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((t) => t.trim());
  const network = JSON.parse(readFileSync(new URL('../../data/network.json', import.meta.url), 'utf8'));
  assert.equal(pages.length, network.regions.length + 2);
  assert.match(pages[0], /Overview of all regions/);
  network.regions.forEach((r, i) => {
    assert.match(pages[i + 1], new RegExp(`Region ${i + 1} of ${network.regions.length}`));
    // A map page shows the region's figures, not the table the screen shows now.
    assert.doesNotMatch(pages[i + 1], /Regions and their forces/);
  });
  assert.match(pages.at(-1), /All regions compared/);
  assert.match(pages.at(-1), /Regions and their forces/);
  assert.ok(await page.locator('rocu-map.is-compare').count(), 'still on the table\'s step');
  assert.deepEqual(problems, []);
  await context.close();
});
