// Times switching overlays in the built page, in headless Chromium: for RUNS
// switches (cycling through every overlay on the illustrative data), the time
// the change handler takes (the map, legend, controls and compare table rebuilt)
// and the time until the next frame is painted. Prints the medians.
// A benchmark, not a test:  node scripts/bench-overlays.mjs [RUNS]
import { start, open, drawn } from '../tests/page/browser.mjs';

const runs = Number(process.argv[2] || 20);
const env = await start();
const { page, context } = await open(env, 'illustrative.html', { width: 1280, height: 900 });
await drawn(page);
const result = await page.evaluate(async (n) => {
  const overlays = ['capabilities', 'funding', 'dedicated-lead', 'tasking', 'inspection', 'regions'];
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const handler = [];
  const painted = [];
  for (let i = 0; i < n; i++) {
    const select = document.querySelector('rocu-map select[data-control="overlay"]');
    select.value = overlays[i % overlays.length];
    const t0 = performance.now();
    select.dispatchEvent(new Event('change', { bubbles: true }));
    handler.push(performance.now() - t0);
    await frame();
    painted.push(performance.now() - t0);
  }
  return { handler, painted };
}, runs);
await context.close();
await env.stop();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (xs) => xs.map((t) => t.toFixed(1)).join(', ');
console.log(`overlay switches: ${runs}`);
console.log(`change handler (ms): ${show(result.handler)}`);
console.log(`to next frame (ms): ${show(result.painted)}`);
console.log(`median: handler ${median(result.handler).toFixed(1)} ms, to next frame ${median(result.painted).toFixed(1)} ms`);
