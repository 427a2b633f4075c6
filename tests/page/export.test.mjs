// "Download this map": the SVG is the same bytes as the command line's for the
// same view, parses, and is self-contained; the PNG is that SVG at 1, 2 or 3 times.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { start, open, drawn, OUT } from './browser.mjs';

const root = new URL('../../', import.meta.url).pathname;
let env;

before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('the SVG download is the command line\'s SVG for the same view, and the PNG is it drawn at scale', async () => {
  const path = 'illustrative.html#region=eastern&overlay=funding';
  const { page, context, problems } = await open(env, path, { width: 1280, height: 900 }, { acceptDownloads: true });
  await drawn(page);
  await page.locator('rocu-map .rm-export-view summary').click();
  const svg = await download(page, 'rocu-map [data-export="svg"]');
  assert.equal(svg.name, 'rocu-map_funding_2021-02-01.svg');
  const text = svg.bytes.toString('utf8');
  const width = text.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/);
  assert.ok(width, 'the SVG has a viewBox');
  const cli = execFileSync('cargo', ['run', '-q', '--', 'render', '--data', 'data/examples/illustrative.json',
    '--overlay', 'funding', '--region', 'eastern', '--width', width[1]], { cwd: root, encoding: 'utf8', maxBuffer: 16 << 20 });
  assert.ok(text === cli, 'the browser and the command line write the same SVG');
  // It parses as XML and refers to nothing outside itself.
  const parsed = await page.evaluate((s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror') === null, text);
  assert.ok(parsed, 'the SVG parses');
  assert.ok(!/href=|url\(http|@import|<script/.test(text), 'the SVG is self-contained');
  assert.equal((text.match(/>OFFICIAL<\/text>/g) || []).length, 2, 'the marking at the top and the bottom');

  for (const scale of [1, 2]) {
    const png = await download(page, `rocu-map [data-export="png"][data-scale="${scale}"]`);
    assert.equal(png.name, 'rocu-map_funding_2021-02-01.png');
    assert.equal(png.bytes.subarray(1, 4).toString(), 'PNG');
    assert.equal(png.bytes.readUInt32BE(16), Math.round(Number(width[1]) * scale));
    assert.equal(png.bytes.readUInt32BE(20), Math.round(Number(width[2]) * scale));
    writeFileSync(`${OUT}export-${scale}x.png`, png.bytes);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('under Trusted Types (require-trusted-types-for \'script\') the map loads, selects, recolours, sorts, exports and presents with no violation', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  // The page's own policy, with Trusted Types required for every script sink.
  await page.route('**/illustrative.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/(http-equiv="Content-Security-Policy" content="[^"]*)"/, '$1; require-trusted-types-for \'script\'"');
    assert.match(body, /require-trusted-types-for 'script'/);
    await route.fulfill({ response, body });
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`));
  });
  await page.goto(`${env.url}illustrative.html`);
  await drawn(page);
  await page.locator('rocu-map svg [data-region="eastern"]').dispatchEvent('click');
  await page.locator('rocu-map select[data-control="overlay"]').selectOption('funding');
  await page.locator('rocu-map .rm-compare-view summary').click();
  await page.locator('rocu-map .rm-compare-view button.rm-sort').nth(1).click();
  await page.locator('rocu-map .rm-export-view summary').click();
  await download(page, 'rocu-map [data-export="svg"]');
  await download(page, 'rocu-map [data-export="png"][data-scale="1"]');
  await page.locator('rocu-map .rm-present').click();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Escape');
  assert.ok(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content.includes('require-trusted-types-for')));
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  // And the policy is in force: a string written into innerHTML is refused.
  assert.ok(await page.evaluate(() => {
    try { document.createElement('div').innerHTML = '<b>x</b>'; return false; } catch { return true; }
  }), 'Trusted Types are enforced on this page');
  await context.close();
});
