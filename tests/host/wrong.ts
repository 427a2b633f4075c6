// Must NOT type-check: tests/page/package.test.mjs checks that tsc rejects it,
// so the declarations are known to catch mistakes.
import { mount } from 'rocu-map';

export async function wrong(element: HTMLElement): Promise<void> {
  const map = await mount(element, { src: 'data/network.json' });
  map.setOverlay('weather');
  const region: number = map.region;
  console.log(region);
}
