// The Welsh map, which rocu-map.js loads when Welsh is chosen: the Welsh
// WebAssembly's glue, and the words rocu-map.js shows if that WebAssembly
// cannot start (there is no map yet to say them). The build bundles this file
// as pkg-cy/rocu_map.js. The words are the catalogue's `cannot_show`,
// `wasm_failed` and `details` (src/core/lang/catalogue.rs); a test keeps the
// two the same.

export { default, mount } from './pkg-cy/rocu_map.js';

export const failure = [
  'cy',
  'Nid oes modd dangos y map',
  "Nid oedd eich porwr yn gallu cychwyn y map (ni lwythodd WebAssembly). Efallai ei fod wedi'i rwystro gan bolisi diogelwch.",
  'Manylion: ',
];
