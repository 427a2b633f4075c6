// Shared set-up for the page tests: the built dist/ served on a free port, and
// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';

export const OUT = new URL('../../test-output/', import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
];

export async function start() {
  const { server, url } = await serve(new URL('../../dist/', import.meta.url).pathname, 0);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return { server, url, browser, async stop() { await browser.close(); server.close(); } };
}

/** Opens `path`, recording console errors, page errors and every request made. */
export async function open(env, path, viewport = { width: 1280, height: 900 }, options = {}) {
  const context = await env.browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(env.url + path);
  return { page, context, problems, requests };
}

/**
 * Waits until the map has drawn; fails with the page's own message if it shows
 * an error instead (so no test goes on to check, say, axe on an error page).
 */
export async function drawn(page) {
  await page.waitForSelector('rocu-map svg.rm-svg, rocu-map .rm-error', { timeout: 15000 });
  const error = await page.locator('rocu-map .rm-error').first();
  if (await error.count()) {
    throw new Error(`the map did not draw: ${await error.textContent()}`);
  }
}

/**
 * The address fragment once the map has written it: when the page is next
 * idle after the change was painted (so the write never delays what people
 * see, nor their next click), or at the latest half a second after it. Idle
 * callbacks run in the order they were asked for, so the map's comes first;
 * where the browser gives no idle time (headless Chromium in full screen),
 * both wait for their time-outs, the map's half a second, this one's a second.
 */
export async function address(page) {
  return page.evaluate(() => new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(() => requestIdleCallback(() => resolve(location.hash), { timeout: 1000 }), 0));
  }));
}

/** Presses Tab from where focus is until the map has it (it is one tab stop),
 * failing after `most` presses. */
export async function tabToMap(page, most) {
  for (let stops = 0; !(await page.evaluate(() => document.activeElement?.classList.contains('rm-svg'))); stops += 1) {
    if (stops >= most) throw new Error('the map is not reachable by Tab');
    await page.keyboard.press('Tab');
  }
}

/** Runs axe-core in the page and returns its violations. */
export async function axe(page, selector) {
  const source = await import('node:fs').then((fs) => fs.readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8'));
  await page.evaluate(source);
  return page.evaluate(async (sel) => {
    const result = await window.axe.run(sel ? document.querySelector(sel) : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
  }, selector);
}
