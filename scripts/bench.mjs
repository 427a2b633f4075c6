// Times how long the built page takes from navigation start to the map drawn
// (the SVG in the page), in headless Chromium, over RUNS fresh page loads, and
// prints the median. A benchmark, not a test:  node scripts/bench.mjs [RUNS]
import { start } from '../tests/page/browser.mjs';

const runs = Number(process.argv[2] || 5);
const env = await start();
const times = [];
for (let i = 0; i < runs; i++) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('rocu-map svg.rm-svg')) {
        window.__drawn = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(env.url);
  await page.waitForFunction(() => window.__drawn !== undefined);
  times.push(await page.evaluate(() => window.__drawn));
  await context.close();
}
await env.stop();
times.sort((a, b) => a - b);
console.log(`navigation to map drawn, ${runs} runs (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
console.log(`median: ${times[Math.floor(times.length / 2)].toFixed(0)} ms`);
