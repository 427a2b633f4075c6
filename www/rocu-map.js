// rocu-map: the thin JavaScript shell around the WebAssembly map.
//
//   <link rel="stylesheet" href="rocu-map.css">
//   <script type="module" src="rocu-map.js"></script>
//   <rocu-map src="data/network.json"></rocu-map>
//
// or, from a module:  const map = await mount(element, { src: 'data/network.json' });
//                     map.select('eastern'); map.destroy();
//
// The only request made is for the data URL the host names (and this file's own
// WebAssembly). Events on the element: rocu-map:ready, rocu-map:select, rocu-map:error.
//
// The map is in English or Welsh (Cymraeg): each language is its own WebAssembly.
// The English one's wasm-bindgen glue is bundled into this file when it is built
// (scripts/minify.mjs); the Welsh one (pkg-cy/) is fetched only when chosen.

import * as english from './pkg/rocu_map.js';

const started = {};

// Starts a language's WebAssembly once; resolves to its `mount`.
function loadWasm(lang) {
  return (started[lang] ||= lang === 'cy'
    ? import('./pkg-cy/rocu_map.js').then((cy) => cy.default().then(() => cy.mount, (error) => {
      throw Object.assign(error, { words: cy.failure });
    }))
    : english.default({ module_or_path: new URL('./pkg/rocu_map_bg.wasm', import.meta.url) })
      .then(() => english.mount));
}

// The language to start in: `lang=` in the address (a link to the map in
// Welsh) when the map uses the address, else the host's `lang` option, else
// the element's or the page's `lang`.
function language(element, { lang, deepLink }) {
  const chosen = deepLink !== false && /[#&]lang=([^&]*)/.exec(location.hash)?.[1];
  return /^cy(-|$)/i.test(chosen || lang || element.closest('[lang]')?.lang || '') ? 'cy' : 'en';
}

// The buttons whose code is fetched when first used, so a page that only shows
// the map never loads it: "Download this map" (rocu-map-download.js: the core
// writes the SVG, and PNG is that SVG drawn on a canvas) and the language
// switch (rocu-map-language.js: the map started again in the other language).
// Each file's `clicked(button, map)` does the work. Data the host gives by
// `load` is kept with the options, for the switch to start the map again.
function onDemand(element, handle, options) {
  const listening = new AbortController();
  const destroy = handle.destroy.bind(handle);
  handle.destroy = () => { listening.abort(); destroy(); };
  const load = handle.load.bind(handle);
  handle.load = (data) => { options = { ...options, data }; load(data); };
  element.addEventListener('click', (event) => {
    const button = event.target.closest?.('[data-export], [data-language]');
    if (!button) return;
    import(button.dataset.language ? './rocu-map-language.js' : './rocu-map-download.js')
      .then(({ clicked }) => clicked(button, { element, handle, options }))
      .catch((error) => element.dispatchEvent(new CustomEvent('rocu-map:error', {
        bubbles: true, composed: true, detail: { message: error.message, problems: [] },
      })));
  }, { signal: listening.signal });
}

// Shown when the WebAssembly itself cannot start (old browser, blocked by policy),
// in Welsh when the Welsh map's did not (its glue gives the words).
// A static map rendered into the element (`rocu-map render --format html`) is
// left in place instead: it works without the WebAssembly.
function showFailure(element, error, summary) {
  const [lang, heading, cannot, details] = error?.words || ['en', 'The map cannot be shown',
    'Your browser could not start the map (WebAssembly did not load). It may be blocked by a security policy.',
    'Details: '];
  const box = document.createElement('div');
  box.className = 'rm-error';
  box.lang = lang;
  box.setAttribute('role', 'alert');
  const title = document.createElement('h2');
  title.className = 'rm-error-title';
  title.textContent = heading;
  const text = document.createElement('p');
  text.textContent = `${summary || cannot} ${details}${error?.message || error}`;
  box.append(title, text);
  if (!element.querySelector('[data-rocu-map-static]')) {
    element.classList.add('rm-host'); // for the map's colours
    element.replaceChildren(box);
  }
  element.dispatchEvent(new CustomEvent('rocu-map:error', {
    bubbles: true, composed: true, detail: { message: text.textContent, problems: [] },
  }));
}

// Fetches the data; a status other than 2xx is an error that says so. The body
// is read once the map can judge it: a file whose Content-Length is over the
// limit is refused unread, with the same message as `rocu-map validate`.
async function fetchData(src) {
  const response = await fetch(src);
  if (!response.ok) {
    throw new Error(`${src}: ${response.status} ${response.statusText}`.trim());
  }
  return response;
}

async function readData(response, handle) {
  const length = response.headers.get('content-length');
  if (length !== null && !handle.acceptsLength(Number(length))) {
    await response.body?.cancel();
    return;
  }
  handle.load(await response.text());
}

/**
 * Mounts a map into `element`. Resolves to a handle with `select(region, force)`,
 * `region`, `force` and `destroy()`; the data is drawn in the background and the
 * element receives `rocu-map:ready` or `rocu-map:error`. After the language
 * switch, the same handle controls the map in the other language.
 * @param {HTMLElement} element
 * @param {{src?: string, data?: object|string, deepLink?: boolean, lang?: string,
 *   languageSwitch?: boolean}} options
 */
export async function mount(element, options = {}) {
  const { src, data, deepLink, languageSwitch } = options;
  // The data is fetched while the WebAssembly starts, not after.
  const fetched = data == null && typeof src === 'string' && src.trim() ? fetchData(src) : null;
  fetched?.catch(() => {});
  let mountWasm;
  try {
    mountWasm = await loadWasm(language(element, options));
  } catch (error) {
    showFailure(element, error);
    throw error;
  }
  let handle;
  try {
    if (data == null && !fetched) {
      throw new Error('give `src` (the address of network.json) or `data`');
    }
    handle = mountWasm(element, { data, deepLink, languageSwitch });
  } catch (error) {
    showFailure(element, error, 'The map options are not valid.');
    throw error;
  }
  fetched?.then((response) => readData(response, handle)).catch((error) => handle.fail(error));
  onDemand(element, handle, options);
  return handle;
}

/**
 * The `<rocu-map src="…">` element. Set `deep-link="off"` to leave the address
 * alone, `lang="cy"` (on it or the page) for the map in Welsh, and
 * `language-switch="off"` to leave out the switch between Welsh and English.
 */
export class RocuMapElement extends HTMLElement {
  static get observedAttributes() {
    return ['src', 'deep-link', 'lang', 'language-switch'];
  }

  connectedCallback() {
    start(this);
  }

  disconnectedCallback() {
    stop(this);
  }

  // A change once the map has started redraws it (not the attributes the
  // element is created with, which come before it is connected).
  attributeChangedCallback(name, before, after) {
    if (this.isConnected && this.run && before !== after) {
      start(this);
    }
  }

  /** The mounted map's handle (null until the WebAssembly has loaded). */
  get map() {
    return this.handle || null;
  }
}

// Plain functions, not private methods: the build's target (ES2020) would
// turn those into helper code about 130 bytes gzipped larger.
function stop(element) {
  if (element.handle) {
    element.handle.destroy();
    element.handle = null;
  }
}

// Mounts the map from the element's attributes; a newer start (an attribute
// changed while loading) or the element gone by then wins.
async function start(element) {
  stop(element);
  const run = (element.run = (element.run || 0) + 1);
  const options = {
    src: element.getAttribute('src') || 'data/network.json',
    deepLink: element.getAttribute('deep-link') !== 'off',
    languageSwitch: element.getAttribute('language-switch') !== 'off',
  };
  try {
    const handle = await mount(element, options);
    if (run === element.run && element.isConnected) {
      element.handle = handle;
    } else {
      handle.destroy();
    }
  } catch (error) {
    // Already shown in the element by mount().
  }
}

if (!customElements.get('rocu-map')) {
  customElements.define('rocu-map', RocuMapElement);
}
