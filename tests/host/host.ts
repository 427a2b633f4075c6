// An example TypeScript host: type-checked against dist/rocu-map.d.ts by
// tests/page/package.test.mjs (`tsc --noEmit`). It uses every part of the API.
import { mount, type MapHandle, type SelectDetail, type OverlayId } from 'rocu-map';

export async function show(element: HTMLElement, data: object): Promise<MapHandle> {
  const map = await mount(element, { data, deepLink: false });
  element.addEventListener('rocu-map:ready', (event) => {
    const regions: number = event.detail.regions;
    console.log(`${regions} regions drawn`);
  });
  element.addEventListener('rocu-map:select', (event) => {
    const { region, force }: SelectDetail = event.detail;
    console.log(region ?? 'nothing', force ?? '');
  });
  element.addEventListener('rocu-map:overlay', (event) => {
    const overlay: OverlayId = event.detail.overlay;
    console.log(overlay, event.detail.measure);
  });
  element.addEventListener('rocu-map:error', (event) => {
    for (const p of event.detail.problems) console.log(p.path, p.message, p.hint ?? '');
  });
  map.select('eastern', null);
  map.setOverlay('funding', 'total');
  const file = map.download('svg');
  if (file) console.log(file.name, file.svg.length);
  const selected: string | null = map.region;
  console.log(selected, map.force, map.acceptsLength(1024));
  return map;
}

export function fromMarkup(): void {
  const element = document.querySelector('rocu-map');
  // The tag name map gives the element's own type.
  const handle: MapHandle | null = element?.map ?? null;
  handle?.destroy();
}
