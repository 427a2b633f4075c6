import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1280, height: 1300 } });
await p.goto('http://127.0.0.1:8082/');
await p.waitForSelector('.rm-panel');
await p.waitForTimeout(3000);
const pts = await p.evaluate(() => [...document.querySelectorAll('svg g[data-region] path')].map(e => { const r = e.getBoundingClientRect(); return { id: e.closest('[data-region]').dataset.region, x: r.x + r.width/2, y: r.y + r.height/2 }; }));
const seen = new Set(); const targets = [];
for (const t of pts) { if (!seen.has(t.id)) { const hit = await p.evaluate(({x,y,id}) => document.elementFromPoint(x,y)?.closest('[data-region]')?.dataset.region === id, t); if (hit) { seen.add(t.id); targets.push(t); } } }
await p.evaluate(() => {
  window.S = {};
  const wrap = (proto, name) => { const f = proto[name]; proto[name] = function (...a) { const t = performance.now(); try { return f.apply(this, a); } finally { const d = performance.now() - t; const k = name === 'setAttribute' ? 'setAttribute:' + a[0] + ' on ' + this.tagName : name === 'replaceChildren' ? 'replaceChildren on ' + this.className : name; (window.S[k] ||= [0, 0]); window.S[k][0] += d; window.S[k][1]++; if (name === 'replaceChildren') (window.RC ||= []).push(d.toFixed(2)); } }; };
  for (const n of ['replaceChildren','setAttribute','removeChild','closest','querySelector','querySelectorAll','appendChild','getBoundingClientRect','dispatchEvent','toggle','focus','createElement','createElementNS']) { if (Element.prototype[n]) wrap(Element.prototype, n); else if (Node.prototype[n]) wrap(Node.prototype, n); else if (EventTarget.prototype[n]) wrap(EventTarget.prototype, n); else if (Document.prototype[n]) wrap(Document.prototype, n); }
  wrap(DOMTokenList.prototype, 'toggle');
  wrap(CSSStyleDeclaration.prototype, 'setProperty');
  wrap(TextDecoder.prototype, 'decode');
  window.addEventListener('click', (e) => { window.cs = performance.now(); }, true);
  window.addEventListener('click', (e) => { (window.S.clickTotal ||= [0,0]); window.S.clickTotal[0] += performance.now() - window.cs; window.S.clickTotal[1]++; }, false);
});
const cdp = await p.context().newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
for (const t of targets) { await p.mouse.move(t.x, t.y); await p.waitForTimeout(100); await p.evaluate(() => { window.S = {}; }); }
await p.evaluate(() => { window.S = {}; });
for (let k = 0; k < 3; k++) for (const t of targets) {
  await p.mouse.move(t.x, t.y); await p.waitForTimeout(100);
  await p.evaluate(() => { window.H = window.S; window.S = {}; });
  await p.mouse.down(); await p.mouse.up(); await p.waitForTimeout(100);
  await p.evaluate(() => { window.C ||= {}; for (const [k, v] of Object.entries(window.S)) { (window.C[k] ||= [0,0]); window.C[k][0] += v[0]; window.C[k][1] += v[1]; } window.S = {}; });
}
const C = await p.evaluate(() => window.C); console.log((await p.evaluate(() => window.RC)).join(' '));
const n = 3 * targets.length;
for (const [k, v] of Object.entries(C).sort((a,b)=>b[1][0]-a[1][0])) console.log(k.padEnd(24), (v[0]/n).toFixed(2), 'ms/click', (v[1]/n).toFixed(1), 'calls/click');
await b.close();
