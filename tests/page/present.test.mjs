// Presentation mode for the board meeting: the button and F enter full screen,
// PageDown/PageUp, the arrows, Space, Home and End step through the overview,
// each region (zoomed to, the panel showing its facts) and the compare table;
// Escape or leaving full screen ends it. The deep link names the slide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, drawn, axe, address, OUT } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const PROJECTOR = { width: 1920, height: 1080 };

/** What the presentation shows now (read just after the next paint, when
 * the map has written the address). */
function state(page) {
  // (Once the address is written: see `address`.)
  return address(page).then(() => page.evaluate(() => {
    const host = document.querySelector('rocu-map');
    const svg = host.querySelector('svg.rm-svg');
    const selected = svg?.querySelector('[data-region][aria-selected="true"]');
    const box = (el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.width || r.height ? { x: r.x, y: r.y, w: r.width, h: r.height } : null;
    };
    return {
      fullScreen: document.fullscreenElement === host,
      presenting: host.classList.contains('is-presenting'),
      step: host.querySelector('.rm-step')?.textContent ?? '',
      focus: document.activeElement?.className ?? '',
      hash: location.hash,
      transform: host.querySelector('.rm-zoom')?.getAttribute('transform') ?? null,
      selected: selected?.getAttribute('data-region') ?? null,
      panel: host.querySelector('.rm-details-title')?.textContent ?? '',
      map: box(svg),
      // A region drawn enlarged in the inset (London) is shown by its inset.
      region: box(svg?.querySelector(`[data-inset-region="${selected?.getAttribute('data-region')}"]`) ?? selected),
      table: box(host.querySelector('table.rm-compare')),
      legend: box(svg?.querySelector('.rm-legend')) !== null,
      inset: box(svg?.querySelector('.rm-inset')) !== null,
      fontSize: parseFloat(getComputedStyle(host).fontSize),
      animating: host.querySelector('.rm-zoom')?.getAnimations().length ?? 0,
      // A label's type as a share of the map's height.
      labelShare: Number(svg?.querySelector('.rm-label-text')?.getAttribute('font-size') ?? 0) / (svg?.viewBox.baseVal.height || 1),
      slide: box(host.querySelector('.rm-slide')),
      slideTitle: host.querySelector('.rm-slide-title')?.textContent ?? null,
      slideText: host.querySelector('.rm-slide')?.textContent ?? '',
      figureSize: parseFloat(getComputedStyle(host.querySelector('.rm-slide') ?? host).fontSize),
      // Markings a person can see: the widget's lines and any drawn in the map.
      markings: [...host.querySelectorAll('[data-marking], svg .rm-marking')].filter((m) => m.getClientRects().length > 0).length,
    };
  }));
}

/** Regions in data order, as the map lists them. */
function regionIds(page) {
  return page.$$eval('rocu-map svg.rm-svg g.rm-region', (gs) => gs.map((g) => g.getAttribute('data-region')));
}

test('the button enters full screen and the keys step through every region and the table', async () => {
  const { page, context, problems } = await open(env, 'index.html', PROJECTOR);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await drawn(page);
  const ids = await regionIds(page);
  assert.equal(ids.length, 10);

  const usual = (await state(page)).labelShare;
  const button = page.locator('rocu-map .rm-present');
  assert.equal(await button.textContent(), 'Present full screen');
  assert.equal(await button.getAttribute('aria-keyshortcuts'), 'F');
  await button.click();
  let s = await state(page);
  assert.ok(s.fullScreen, 'the map is full screen');
  assert.ok(s.presenting);
  assert.equal(s.step, 'Overview of all regions');
  assert.equal(s.focus, 'rm-step', 'focus is on the step indicator');
  assert.equal(s.hash, '#slide=1');
  assert.equal(s.transform, 'scale(1)');
  assert.ok(s.fontSize >= 24, `projector type is at least 24 px (${s.fontSize})`);
  assert.ok(!(await button.isVisible()), 'the button is not on the slide');
  assert.ok(s.inset && !s.legend, 'the overview has the London inset, and no colour key on the plain map');
  assert.ok(s.map.h / PROJECTOR.height >= 0.85, `the overview map fills ${Math.round(100 * s.map.h / PROJECTOR.height)}% of the screen's height`);
  assert.ok(s.figureSize >= 28, `slide type is ${s.figureSize} px at 1080 lines`);
  assert.match(s.slideText, /The 9 ROCUs serve 41 of the 43 forces on the map\./, 'the key points are on the overview');
  assert.ok(s.slide.x >= s.map.x + s.map.w, 'nothing on the slide is drawn over the map');
  assert.ok(s.labelShare > usual * 1.4, `the map's type is larger for the projector (${s.labelShare} against ${usual})`);
  await page.screenshot({ path: `${OUT}present-overview.png` });
  assert.deepEqual(await axe(page), [], 'axe on the overview slide');
  // On the slide too, a screen reader gets the regions as the map's options.
  const { nodes } = await (await context.newCDPSession(page)).send('Accessibility.getFullAXTree');
  const listbox = nodes.find((n) => n.role?.value === 'listbox' && (n.name?.value || '').startsWith('Map:'));
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  assert.deepEqual(listbox.childIds.map((id) => byId.get(id)?.role?.value), Array(10).fill('option'), 'ten options on the slide');

  // Every region in turn with PageDown, as a clicker sends it.
  for (const [i, id] of ids.entries()) {
    await page.keyboard.press('PageDown');
    s = await state(page);
    assert.match(s.step, new RegExp(`^Region ${i + 1} of 10: `));
    assert.equal(s.selected, id, 'the step\'s region is selected');
    assert.ok(s.slideTitle && s.step.includes(s.slideTitle), `the slide is headed ${s.slideTitle}`);
    assert.ok(s.slide.x >= s.map.x + s.map.w, 'the figures stand beside the map, not over it');
    assert.equal(s.focus, 'rm-step');
    assert.equal(s.hash, `#region=${id}&slide=${i + 2}`);
    assert.match(s.transform, /^scale\(\d+(\.\d)?\)/);
    assert.notEqual(s.transform, 'scale(1)', `zoomed in on ${id}`);
    assert.equal(s.animating, 0, 'no animation under prefers-reduced-motion');
    // Zoomed in, the legend would be a cut-off piece; so would the inset, unless
    // it is what is shown.
    assert.ok(!s.legend, `no legend zoomed in on ${id}`);
    assert.equal(s.inset, id === 'london', `the inset only for London (${id})`);
    // Zoomed so the region fills much of the map, and its middle is in view.
    const mid = { x: s.region.x + s.region.w / 2, y: s.region.y + s.region.h / 2 };
    assert.ok(mid.x > s.map.x && mid.x < s.map.x + s.map.w && mid.y > s.map.y && mid.y < s.map.y + s.map.h,
      `${id} is in view`);
    if (id === 'london') await page.screenshot({ path: `${OUT}present-london.png` });
    if (i === 2) {
      await page.screenshot({ path: `${OUT}present-region-3.png` });
      assert.deepEqual(await axe(page), [], 'axe on a region slide');
    }
  }
  await page.keyboard.press('PageDown');
  s = await state(page);
  assert.equal(s.step, 'All regions compared');
  assert.ok(s.table, 'the compare table is shown');
  assert.equal(s.map, null, 'the map is not on the table slide');
  assert.equal(s.focus, 'rm-step');
  await page.screenshot({ path: `${OUT}present-table.png` });
  assert.deepEqual(await axe(page), [], 'axe on the table slide');

  // After the table, back to the overview; the other keys.
  await page.keyboard.press('PageDown');
  assert.equal((await state(page)).step, 'Overview of all regions');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  assert.match((await state(page)).step, /^Region 2 of 10/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowLeft');
  assert.match((await state(page)).step, /^Region 2 of 10/);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowUp');
  assert.equal((await state(page)).step, 'Overview of all regions');
  await page.keyboard.press('PageUp');
  assert.equal((await state(page)).step, 'Overview of all regions', 'PageUp stops at the overview');
  await page.keyboard.press('End');
  assert.equal((await state(page)).step, 'All regions compared');
  await page.keyboard.press('Home');
  assert.equal((await state(page)).step, 'Overview of all regions');

  // Escape leaves: not full screen, the theme off, the selection cleared, focus
  // back on the button, the slide out of the address.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.fullscreenElement);
  s = await state(page);
  assert.ok(!s.presenting);
  assert.equal(s.step, '');
  assert.equal(s.selected, null);
  assert.equal(s.focus, 'rm-present');
  assert.equal(s.hash, '');
  assert.equal(s.transform, 'scale(1)');
  assert.ok(s.inset && !s.legend, 'the inset is back (the plain map has no colour key)');
  assert.equal(s.slide, null, 'the slide\'s figures have gone');
  assert.ok(Math.abs(s.labelShare - usual) < usual * 0.05, 'the usual type is back');
  assert.ok(await button.isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

test('F on the map presents, the zoom animates, and leaving full screen ends the sequence', async () => {
  const { page, context, problems } = await open(env, 'index.html', PROJECTOR);
  await drawn(page);
  await page.locator('rocu-map svg.rm-svg').focus();
  await page.keyboard.press('f');
  let s = await state(page);
  assert.ok(s.fullScreen && s.presenting);
  assert.equal(s.step, 'Overview of all regions');
  // (Going full screen resizes the map, which draws it again; a presenter's
  // first key comes after that.)
  await page.waitForTimeout(700);
  await page.keyboard.press('PageDown');
  s = await state(page);
  assert.ok(s.animating > 0, 'the zoom is animated');
  // F in a select is typing, not presenting.
  await page.evaluate(() => document.exitFullscreen());
  await page.waitForFunction(() => !document.querySelector('rocu-map').classList.contains('is-presenting'));
  s = await state(page);
  assert.equal(s.step, '');
  assert.equal(s.selected, null);
  await page.locator('rocu-map select[data-control="overlay"]').focus();
  await page.keyboard.press('f');
  assert.ok(!(await state(page)).presenting, 'F in a select does not present');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link opens a step of the story written in the data, and F presents from there, with its overlay and the marking', async () => {
  const { page, context, problems } = await open(env, 'illustrative.html#slide=3', PROJECTOR);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await drawn(page);
  let s = await state(page);
  assert.ok(s.presenting);
  // illustrative.json's third step: Tarian, coloured by funding.
  assert.equal(s.step, 'Step 3 of 5: Tarian: the largest budget');
  assert.equal(s.selected, 'southern-wales');
  // In the page (not yet full screen), the slide is brought into view.
  const top = await page.$eval('rocu-map', (el) => el.getBoundingClientRect().top);
  assert.ok(Math.abs(top) < 2, `the slide starts at the top of the window (${top})`);
  await page.locator('rocu-map .rm-step').press('F');
  s = await state(page);
  assert.ok(s.fullScreen);
  assert.equal(s.step, 'Step 3 of 5: Tarian: the largest budget', 'full screen starts at the linked step');
  assert.equal(s.hash, '#region=southern-wales&overlay=funding&slide=3');
  assert.equal(await page.locator('rocu-map select[data-control="overlay"]').inputValue(), 'funding', 'the step\'s overlay');
  assert.equal(s.slideTitle, 'Tarian: the largest budget');
  assert.match(s.slideText, /Illustrative figures: force contributions are the largest share/, 'the caption is on the slide');
  // The protective marking is on screen at the top and the bottom.
  const marks = await page.$$eval('rocu-map .rm-marked > [data-marking]', (ps) => ps.map((p) => {
    const r = p.getBoundingClientRect();
    return { text: p.textContent, top: r.top, bottom: r.bottom };
  }));
  assert.equal(marks.length, 2);
  for (const m of marks) {
    assert.equal(m.text, 'OFFICIAL');
    assert.ok(m.top >= 0 && m.bottom <= PROJECTOR.height, `the marking is in view (${m.top}–${m.bottom})`);
  }
  assert.ok(marks[1].top > PROJECTOR.height / 2, 'one marking is at the bottom');
  s = await state(page);
  assert.equal(s.markings, 2, 'one marking at the top and one at the bottom, none in the map');
  // The slide's figures are the core's: the same total as the compare table
  // gives for the region, and every source of its latest year.
  const total = await page.$eval('rocu-map tr[data-row-region="southern-wales"]', (tr) => tr.textContent);
  const figure = await page.$eval('rocu-map .rm-figure-value', (el) => el.textContent);
  assert.ok(total.includes(figure), `the slide's ${figure} is the table's (${total})`);
  for (const source of ['Force contributions', 'Home Office grant', 'In-kind contributions']) {
    assert.ok(s.slideText.includes(source), `${source} is on the slide`);
  }
  assert.match(s.slideText, /Not confirmed: /);
  assert.ok(await page.locator('rocu-map .rm-slide-legend li').count() >= 3, 'a compact legend stays on the zoomed slide');
  await page.screenshot({ path: `${OUT}present-illustrative-funding.png` });
  assert.deepEqual(await axe(page), [], 'axe on the illustrative slide');
  // A slide number out of range is ignored.
  await page.goto(`${env.url}index.html#slide=99`);
  await drawn(page);
  assert.ok(!(await state(page)).presenting);
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 1280x720 the overview fills the screen and a region\'s figures fit beside the map', async () => {
  const SMALL = { width: 1280, height: 720 };
  const { page, context, problems } = await open(env, 'illustrative.html#slide=4', SMALL);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await drawn(page);
  await page.locator('rocu-map .rm-step').press('F');
  let s = await state(page);
  assert.ok(s.presenting && s.fullScreen);
  assert.ok(s.map.h / SMALL.height >= 0.85, `the overview map fills ${Math.round(100 * s.map.h / SMALL.height)}% of the height`);
  assert.equal(s.markings, 2);
  await page.keyboard.press('PageDown');
  s = await state(page);
  const bottom = await page.$eval('rocu-map .rm-marking-bottom', (m) => m.getBoundingClientRect().top);
  assert.ok(s.slide.y + s.slide.h <= bottom + 1, `the figures end above the bottom marking (${s.slide.y + s.slide.h} against ${bottom})`);
  assert.equal(s.step, 'Step 5 of 5: Cyber: two regions without it');
  assert.match(s.slideText, /Not in place Cyber/);
  await page.screenshot({ path: `${OUT}present-720-capabilities.png` });
  assert.deepEqual(await axe(page), [], 'axe on a capabilities slide');
  assert.deepEqual(problems, []);
  await context.close();
});
