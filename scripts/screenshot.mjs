// Makes docs/screenshot.png, the picture at the top of the README:
//   node scripts/screenshot.mjs      (after scripts/build.sh)
import { start, open, drawn } from '../tests/page/browser.mjs';

const env = await start();
const { page, context } = await open(env, '#region=eastern&force=E23000032', { width: 1200, height: 900 });
await drawn(page);
const box = await page.locator('rocu-map').boundingBox();
await page.screenshot({ path: 'docs/screenshot.png', fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1000) } });
await context.close();
await env.stop();
