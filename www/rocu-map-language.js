// The language switch ("Cymraeg" on the English map, "English" on the Welsh
// one). rocu-map.js loads this file when the switch is first used, so a page
// that never switches never downloads it.

import { mount } from './rocu-map.js';

// The maps being switched, so a second click while the other language loads
// does not start a second map.
const switching = new WeakMap();

// The address with `lang=` set to `lang`, the other keys kept.
function addressIn(lang) {
  const keys = location.hash.slice(1).split('&').filter((k) => k && !k.startsWith('lang='));
  return '#' + [...keys, 'lang=' + lang].join('&');
}

// Makes `handle` (the one the host holds) control `next`: every method and
// getter of the map's handle is passed on, so the host's code keeps working
// after a switch (and after any number of them).
function forward(handle, next) {
  const proto = Object.getPrototypeOf(next);
  for (const [key, { get, value }] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
    if (key === 'constructor') continue;
    if (get) {
      Object.defineProperty(handle, key, { get: () => next[key], configurable: true });
    } else if (typeof value === 'function') {
      handle[key] = (...args) => next[key](...args);
    }
  }
}

/**
 * Replaces the map in `element` with the map in the language `button` names
 * (`data-language`), showing what the user had chosen (the region, the force,
 * and the overlay and measure in the controls), with focus back on the
 * switch. Where the map uses the address, `lang=` there remembers the choice
 * (a reload or a shared link keeps it). Resolves when the map in the other
 * language is drawn.
 * @param {HTMLElement} button
 * @param {{element: HTMLElement, handle: object, options: object}} map the
 *   element, the handle `mount` gave the host and the options it was given
 */
export function clicked(button, { element, handle, options }) {
  if (!switching.has(handle)) {
    switching.set(handle, switchTo(element, handle, options, button.dataset.language));
  }
  return switching.get(handle);
}

async function switchTo(element, handle, options, lang) {
  const { region, force } = handle;
  const control = (name) => element.querySelector(`[data-control="${name}"]`)?.value;
  const overlay = control('overlay');
  const measure = control('measure');
  if (options.deepLink !== false) {
    history.replaceState(history.state, '', addressIn(lang));
  }
  const ready = new Promise((resolve) => {
    element.addEventListener('rocu-map:ready', resolve, { once: true });
  });
  handle.destroy();
  const next = await mount(element, { ...options, lang });
  forward(handle, next);
  await ready;
  if (overlay) next.setOverlay(overlay, measure);
  if (region) next.select(region, force);
  element.querySelector('[data-language]')?.focus();
}
