// Times the map's heavier handlers in the built page, in headless Chromium,
// with the CPU slowed as `../shared/bench` does (default 4x, a slow office
// laptop): switching overlays (cycling through every overlay on the
// illustrative data) and stepping a presentation (PageDown through every
// slide). For each, the time the handler takes and the time to the next
// painted frame; prints the medians.
// A benchmark, not a test:  node scripts/bench-handlers.mjs [RUNS] [SLOWDOWN]
import { start, open, drawn } from '../tests/page/browser.mjs';

const runs = Number(process.argv[2] || 24);
const slowdown = Number(process.argv[3] || 4);
const env = await start();
const { page, context } = await open(env, 'illustrative.html', { width: 1280, height: 900 });
await drawn(page);
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });

const timed = (kind) => page.evaluate(async ({ n, kind }) => {
  const overlays = ['capabilities', 'funding', 'dedicated-lead', 'tasking', 'inspection', 'regions'];
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const handler = [];
  const painted = [];
  if (kind === 'step') {
    // Into the presentation (not timed): the sequence, at the overview.
    document.querySelector('rocu-map .rm-present').click();
    await frame();
  }
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    if (kind === 'overlay') {
      const select = document.querySelector('rocu-map select[data-control="overlay"]');
      select.value = overlays[i % overlays.length];
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
    }
    handler.push(performance.now() - t0);
    await frame();
    painted.push(performance.now() - t0);
  }
  return { handler, painted };
}, { n: runs, kind });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`CPU slowed ${slowdown}x, ${runs} of each`);
for (const [kind, what] of [['overlay', 'overlay switch'], ['step', 'presentation step']]) {
  const r = await timed(kind);
  console.log(`${what}: handler median ${median(r.handler).toFixed(1)} ms (max ${Math.max(...r.handler).toFixed(1)}), to next frame ${median(r.painted).toFixed(1)} ms`);
}
await context.close();
await env.stop();
