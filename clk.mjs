import { chromium } from 'playwright-core';
const url = process.argv[2] || 'http://127.0.0.1:8082/';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1280, height: 1300 } });
await p.goto(url);
await p.waitForSelector('.rm-panel');
await p.waitForTimeout(3000);
const pts = await p.evaluate(() => [...document.querySelectorAll('svg g[data-region] path')].map(e => { const r = e.getBoundingClientRect(); return { id: e.closest('[data-region]').dataset.region, x: r.x + r.width/2, y: r.y + r.height/2 }; }));
const seen = new Set(); const targets = [];
for (const t of pts) { if (!seen.has(t.id)) { const hit = await p.evaluate(({x,y,id}) => document.elementFromPoint(x,y)?.closest('[data-region]')?.dataset.region === id, t); if (hit) { seen.add(t.id); targets.push(t); } } }
await p.evaluate(() => {
  window.T = [];
  for (const type of ['pointerdown','mousedown','pointerup','mouseup','click']) {
    window.addEventListener(type, (e) => { window.cur = { type, ts: e.timeStamp, start: performance.now() }; }, true);
    window.addEventListener(type, (e) => { window.cur.end = performance.now(); window.T.push({...window.cur}); }, false);
  }
  new MutationObserver(() => { const panel = document.querySelector('.rm-panel'); const t0 = performance.now(); const s = panel.textContent; window.T.push({ type: 'mo', at: t0, text: performance.now() - t0 }); }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
});
const cdp = await p.context().newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const rows = [];
for (let k = 0; k < 3; k++) for (const t of targets) {
  await p.mouse.move(t.x, t.y); await p.waitForTimeout(100);
  await p.evaluate(() => { window.T = []; });
  await p.mouse.down(); await p.mouse.up(); await p.waitForTimeout(100);
  rows.push(await p.evaluate(() => window.T));
}
const agg = {};
for (const r of rows) {
  const click = r.find(x => x.type === 'click');
  for (const x of r) {
    if (x.type === 'mo') { (agg['mo-from-click'] ||= []).push(x.at - click.ts); (agg['mo-text'] ||= []).push(x.text); break; }
  }
  for (const x of r.filter(x => x.type !== 'mo')) { (agg[x.type + ' handler'] ||= []).push(x.end - x.start); (agg[x.type + ' queue'] ||= []).push(x.start - x.ts); }
}
const med = a => { a = [...a].sort((p,q)=>p-q); return a[Math.floor(a.length/2)]; };
for (const [k, v] of Object.entries(agg)) console.log(k.padEnd(22), med(v).toFixed(2), 'n=' + v.length);
await b.close();
