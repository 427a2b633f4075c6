// The map made for an iframe (SharePoint's Embed web part, or any page):
// configured by its address, it fills its frame, and tells the parent page
// what happens with postMessage, only to the origin its address names.
//
//   embed.html?src=data/network.json&overlay=funding&measure=total&region=eastern
//             &controls=off&panel=off&parent-origin=<the origin of the page that frames it>
//
// Messages to the parent: { source: 'rocu-map', type, detail }, type one of
// ready, select, overlay, error (detail: the element event's detail).
// Commands from the parent (only from that origin, and only from the parent):
// { type: 'select', region, force } and { type: 'overlay', overlay, measure }.
import { mount } from './rocu-map.js';

const params = new URLSearchParams(location.search);
const element = document.getElementById('map');

/** The origin in `value` if it is exactly an http(s) origin, otherwise null. */
function exactOrigin(value) {
  if (!value) return null;
  try {
    const url = new URL(value);
    const ok = (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
    return ok ? url.origin : null;
  } catch {
    return null;
  }
}

const parentOrigin = exactOrigin(params.get('parent-origin'));
// Messages go out only when framed by that origin. Where the browser tells
// who the parent is (location.ancestorOrigins), a different parent is not
// written to at all; elsewhere the browser drops the message itself.
const parentNow = location.ancestorOrigins?.[0];
const speaks = window.parent !== window && parentOrigin !== null && (!parentNow || parentNow === parentOrigin);

// The starting view, through the map's own deep link (read when it loads).
const overlay = params.get('overlay');
const measure = params.get('measure');
const start = new URLSearchParams();
for (const key of ['region', 'force']) if (params.get(key)) start.set(key, params.get(key));
if (overlay) {
  start.set('overlay', overlay);
  if (measure) start.set(overlay === 'funding' ? 'source' : 'capability', measure);
}
const first = start.toString();
if (first && !location.hash) history.replaceState(null, '', `#${first}`);

if (params.get('controls') === 'off') element.classList.add('no-controls');
if (params.get('panel') === 'off') element.classList.add('no-panel');

function tell(type, detail) {
  if (speaks) window.parent.postMessage({ source: 'rocu-map', type, detail }, parentOrigin);
}
for (const type of ['ready', 'select', 'overlay', 'error']) {
  element.addEventListener(`rocu-map:${type}`, (event) => tell(type, event.detail));
}

// (A failure to start is shown in the element and sent as an error message.)
const mounted = mount(element, { src: params.get('src') || 'data/network.json' }).catch(() => null);

window.addEventListener('message', async (event) => {
  if (!speaks || event.origin !== parentOrigin || event.source !== window.parent) return;
  const handle = await mounted;
  if (!handle) return;
  const command = event.data;
  if (command?.type === 'select') {
    handle.select(command.region ?? null, command.force ?? null);
  } else if (command?.type === 'overlay' && typeof command.overlay === 'string') {
    handle.setOverlay(command.overlay, command.measure ?? null);
  }
});
