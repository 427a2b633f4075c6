import { chromium } from 'playwright-core';
const extra = process.argv[2] || '';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1280, height: 1300 }, bypassCSP: true });
await p.goto('http://127.0.0.1:8082/');
await p.waitForSelector('.rm-panel');
if (extra) await p.addStyleTag({ content: extra });
await p.waitForTimeout(3000);
const pts = await p.evaluate(() => [...document.querySelectorAll('svg g[data-region] path')].map(e => { const r = e.getBoundingClientRect(); return { id: e.closest('[data-region]').dataset.region, x: r.x + r.width/2, y: r.y + r.height/2 }; }));
const seen = new Set(); const targets = [];
for (const t of pts) { if (!seen.has(t.id)) { const hit = await p.evaluate(({x,y,id}) => document.elementFromPoint(x,y)?.closest('[data-region]')?.dataset.region === id, t); if (hit) { seen.add(t.id); targets.push(t); } } }
for (const t of targets) { await p.mouse.move(t.x, t.y); await p.mouse.down(); await p.mouse.up(); await p.waitForTimeout(50); }
const cdp = await p.context().newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const done = new Promise(r => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
for (let k = 0; k < 3; k++) for (const t of targets) { await p.mouse.move(t.x, t.y); await p.waitForTimeout(80); await p.mouse.down(); await p.mouse.up(); await p.waitForTimeout(80); }
await cdp.send('Tracing.end'); await done;
const X = events.filter(e => e.ph === 'X' && e.dur);
const clicks = X.filter(e => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
const agg = {};
for (const c of clicks) {
  const inside = X.filter(e => e.tid === c.tid && e.ts >= c.ts && e.ts + e.dur <= c.ts + 60000);
  for (const n of ['Layout', 'Paint', 'PrePaint', 'InlineNode::ShapeTextIncludingFirstLine', 'UpdateLayoutTree']) agg[n] = (agg[n] || 0) + inside.filter(e => e.name === n).reduce((a, e) => a + e.dur, 0);
  agg['click handler'] = (agg['click handler'] || 0) + c.dur;
}
console.log(Object.entries(agg).map(([k, v]) => `${k} ${(v / clicks.length / 1000).toFixed(2)}`).join(' | '));
await b.close();
