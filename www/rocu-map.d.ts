// Types for rocu-map: the map of the Regional Organised Crime Units of England
// and Wales (https://www.justiceinspectorates.gov.uk/hmicfrs/ Appendix 1), for
// TypeScript hosts. The JavaScript is `rocu-map.js`; its styles `rocu-map.css`.

/** An overlay the map can be coloured by, as in the deep link. */
export type OverlayId = 'regions' | 'capabilities' | 'funding' | 'dedicated-lead' | 'tasking' | 'inspection';

/** What `mount` takes. Give `src` or `data`. */
export interface MountOptions {
  /** The address of the data file (network.json); fetched while the map starts. */
  src?: string;
  /** The data itself: JSON text or the parsed object. */
  data?: string | object;
  /** Whether the map reads and writes the address (`#region=…`). Default true. */
  deepLink?: boolean;
  /**
   * `cy` for the map in Welsh (Cymraeg), `en` for English. Default: `lang=` in
   * the address, else the `lang` of the element or the nearest ancestor with one.
   */
  lang?: string;
  /**
   * Whether the controls offer the map in the other language (a button
   * "Cymraeg" on the English map, "English" on the Welsh one). Default true.
   * After a switch, the handle `mount` gave controls the map in its new language.
   */
  languageSwitch?: boolean;
}

/** What "Download this map" saves: a file name and the view as an SVG document. */
export interface Download {
  name: string;
  svg: string;
}

/** What a host holds to control a mounted map. */
export interface MapHandle {
  /** Selects a region (and a force in it), or clears with null. False if the map has no such region or force. */
  select(region: string | null, force?: string | null): boolean;
  /** Colours the map by an overlay and its measure (a capability or funding-source id; none for coverage or the total). False if unknown. */
  setOverlay(overlay: OverlayId, measure?: string | null): boolean;
  /** The selected region's id, or null. */
  readonly region: string | null;
  /** The highlighted force's GSS code, or null. */
  readonly force: string | null;
  /** Draws the map from data (JSON text or an object) when `mount` was given none. */
  load(data: string | object): void;
  /** Whether a data file of this many bytes may be read; if not, the map shows why. */
  acceptsLength(bytes: number): boolean;
  /** Shows that the data could not be fetched, with the reason. */
  fail(reason: unknown): void;
  /** The current view as an SVG document, with a file name for `extension`; null before the map is drawn. */
  download(extension: 'svg' | 'png'): Download | null;
  /** Removes the map, its listeners and its observers from the element. */
  destroy(): void;
}

/** The detail of `rocu-map:ready`: the map is drawn. */
export interface ReadyDetail {
  /** How many regions are drawn (nine ROCUs and London). */
  regions: number;
}

/** The detail of `rocu-map:select`: the selection changed. */
export interface SelectDetail {
  region: string | null;
  force: string | null;
}

/** The detail of `rocu-map:overlay`: the overlay or its measure changed. */
export interface OverlayDetail {
  overlay: OverlayId;
  measure: string | null;
}

/** One problem in the data, with its JSON path. */
export interface Problem {
  path: string;
  message: string;
  hint: string | null;
}

/** The detail of `rocu-map:error`: the map cannot be drawn, and why. */
export interface ErrorDetail {
  message: string;
  problems: Problem[];
}

/** The events the element (or mounted host) receives. */
export interface RocuMapEventMap {
  'rocu-map:ready': CustomEvent<ReadyDetail>;
  'rocu-map:select': CustomEvent<SelectDetail>;
  'rocu-map:overlay': CustomEvent<OverlayDetail>;
  'rocu-map:error': CustomEvent<ErrorDetail>;
}

/** Mounts a map into `element`; resolves once the WebAssembly has started (the data draws in the background). */
export function mount(element: HTMLElement, options: MountOptions): Promise<MapHandle>;

/** The `<rocu-map src="…" deep-link="off">` element. */
export class RocuMapElement extends HTMLElement {
  /** The mounted map's handle, or null until it has started. */
  readonly map: MapHandle | null;
  addEventListener<K extends keyof RocuMapEventMap>(type: K, listener: (this: RocuMapElement, event: RocuMapEventMap[K]) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof RocuMapEventMap>(type: K, listener: (this: RocuMapElement, event: RocuMapEventMap[K]) => void, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'rocu-map': RocuMapElement;
  }
  interface HTMLElementEventMap extends RocuMapEventMap {}
}
