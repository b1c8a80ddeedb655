import { describe, expect, it } from 'vitest';
import { ENGINES, expectNoProblems, useEngine, waitFor, type EnginePage } from '../helpers/engines';
import {
  ARTICLE_PATH,
  DIAGRAM_LABELS,
  DIAGRAM_TARGETS,
  MAP_CLOSE,
  MAP_LABELS,
  MAP_MARKERS,
  MAP_PANEL,
  MAP_PANEL_TITLE,
  MAP_SVG,
  MAP_TARGETS,
  mapActor,
  mapStop,
  mapViewButton,
} from './hooks';

const selected = (page: EnginePage) =>
  page.evaluate((css) => document.querySelector(css)?.getAttribute('data-selected') ?? null, MAP_SVG);
const view = (page: EnginePage) =>
  page.evaluate((css) => document.querySelector(css)?.getAttribute('data-view') ?? null, MAP_SVG);
/** The open panel's text, or null while it is hidden. */
const panel = (page: EnginePage) =>
  page.evaluate((css) => {
    const element = document.querySelector<HTMLElement>(css);
    return element && element.getClientRects().length > 0 && !element.closest('[hidden]') ? element.innerText : null;
  }, MAP_PANEL);
const focusedActor = (page: EnginePage) =>
  page.evaluate(() => document.activeElement?.closest('a[data-actor]')?.getAttribute('data-actor') ?? null);

describe.each(ENGINES)('the actor map in %s', (name) => {
  const site = useEngine(name);
  const open = (fragment = '', width = 1280) => site.open(`${ARTICLE_PATH}${fragment}`, { width, reducedMotion: true });

  it('opens an actor’s panel on click, with its name and camp, and puts it in the URL', async () => {
    const page = await open();
    await page.click(mapActor('giappone'));
    await waitFor(page, () => location.hash, '#attore-giappone');
    expect(await selected(page)).toBe('giappone');
    expect(await panel(page)).toContain('Giappone');
    expect(await panel(page)).toContain('Stati Uniti, alleati e partner');
    await expectNoProblems(page);
  });

  it('opens a focused actor with Enter on its name in the panel, Tab reaches “Chiudi” last, and Escape closes and gives focus back to the actor', async () => {
    const page = await open('', 390);
    await page.focus(mapActor('russia'));
    await page.press('Enter');
    await expect.poll(() => selected(page)).toBe('russia');
    // Focus lands on the card's name; Tab goes through the card, and "Chiudi" comes last.
    const focused = (css: string) =>
      page.evaluate((css) => document.activeElement === document.querySelector(css), css);
    await expect.poll(() => focused(MAP_PANEL_TITLE)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Russia');
    for (let press = 0; press < 30 && !(await focused(MAP_CLOSE)); press++) {
      expect(await page.evaluate((css) => document.activeElement?.closest(css) !== null, MAP_PANEL)).toBe(true);
      await page.press('Tab');
    }
    expect(await focused(MAP_CLOSE)).toBe(true);
    await page.press('Escape');
    await expect.poll(() => selected(page)).toBeNull();
    expect(await panel(page)).toBeNull();
    expect(await focusedActor(page)).toBe('russia');
    await expectNoProblems(page);
  });

  it('scrolls every actor that Tab reaches into view, below the sticky header, at 1280 × 800', async () => {
    const page = await site.open(ARTICLE_PATH, { width: 1280, height: 800, reducedMotion: true });
    // From the last view button, focused (so scrolled to, the map mostly below the window), Tab through the
    // map. Focused again until it holds: just after the upgrade it may not yet take the focus.
    const button = mapViewButton('relations');
    await expect
      .poll(async () => {
        await page.focus(button);
        return page.evaluate((css) => document.activeElement === document.querySelector(css), button);
      })
      .toBe(true);
    const seen: string[] = [];
    const hidden: string[] = [];
    for (let press = 0; press < 40; press++) {
      await page.press('Tab');
      const actor = await page.evaluate(
        (css) => document.activeElement?.closest(`${css} a[data-actor]`)?.getAttribute('data-actor') ?? null,
        MAP_SVG,
      );
      if (!actor) {
        if (seen.length > 0) break;
        continue;
      }
      seen.push(actor);
      // What shows the focus, the chip under the actor's name, all of it on screen and below the header.
      const box = await page.evaluate((css) => {
        const shown = [...document.activeElement!.querySelectorAll(css)].filter((element) =>
          element.checkVisibility({ visibilityProperty: true }),
        );
        const boxes = shown.map((element) => element.getBoundingClientRect()).filter(({ width }) => width > 0);
        return {
          top: Math.min(...boxes.map(({ top }) => top)),
          bottom: Math.max(...boxes.map(({ bottom }) => bottom)),
          left: Math.min(...boxes.map(({ left }) => left)),
          right: Math.max(...boxes.map(({ right }) => right)),
          headerBottom: document.getElementById('testata')!.getBoundingClientRect().bottom,
          width: innerWidth,
          height: innerHeight,
        };
      }, '.hit');
      if (!(
        box.top >= box.headerBottom - 1 &&
        box.bottom <= box.height + 1 &&
        box.left >= -1 &&
        box.right <= box.width + 1
      ))
        hidden.push(
          `${actor}: ${box.top.toFixed(0)}–${box.bottom.toFixed(0)} px, header ends at ${box.headerBottom.toFixed(0)}, window ${box.height} px`,
        );
    }
    const shown = await page.evaluate(
      (css) =>
        [...document.querySelectorAll(`${css} a[data-actor]`)]
          .filter((link) => link.checkVisibility())
          .map((link) => link.getAttribute('data-actor')),
      MAP_SVG,
    );
    expect(shown.length).toBeGreaterThan(5);
    expect(seen).toEqual(shown);
    expect(hidden).toEqual([]);
    await expectNoProblems(page);
  });

  it('switches between the overview and the journey’s detail view, which shows the numbered stops', async () => {
    const page = await open();
    const pressed = (view: 'overview' | 'detail') =>
      page.evaluate((css) => document.querySelector(css)?.getAttribute('aria-pressed'), mapViewButton(view));
    const stopShown = () =>
      page.evaluate((css) => (document.querySelector(css)?.getBoundingClientRect().width ?? 0) > 0, mapStop(4));
    expect(await view(page)).toBe('overview');
    await page.click(mapViewButton('detail'));
    expect(await view(page)).toBe('detail');
    expect([await pressed('detail'), await pressed('overview')]).toEqual(['true', 'false']);
    expect(await stopShown()).toBe(true);
    await page.click(mapViewButton('overview'));
    expect(await view(page)).toBe('overview');
    expect(await pressed('overview')).toBe('true');
    await expectNoProblems(page);
  });

  it('opens the actor of a #attore-<id> link', async () => {
    const page = await open('#attore-giappone', 390);
    await expect.poll(() => selected(page)).toBe('giappone');
    expect(await panel(page)).toContain('Giappone');
    await expectNoProblems(page);
  });

  it('shows the stop of a #mappa-tappa-<n> link, current, in the detail view', async () => {
    const page = await open('#mappa-tappa-4', 390);
    await expect.poll(() => view(page)).toBe('detail');
    expect(await page.evaluate((css) => document.querySelector(css)?.getAttribute('aria-current'), mapStop(4))).toBe(
      'true',
    );
    const box = await page.evaluate((css) => {
      const { top, bottom } = document.querySelector(css)!.getBoundingClientRect();
      return { top, bottom, viewport: innerHeight };
    }, mapStop(4));
    expect(box.top).toBeGreaterThan(0);
    expect(box.bottom).toBeLessThan(box.viewport);
    await expectNoProblems(page);
  });

  /**
   * What two stop badges keep between their circles, and a badge from a name's text: 8 px, a third of a
   * badge at its smallest (25 px at 320 px), so that with their 1.5 px outlines two badges still show the
   * map between them and read as two, not as a cluster of touching coins.
   */
  const BADGE_GAP = 8;
  /** What a name keeps from every capital marker and edge arrow, its own included: 3 px of map between them. */
  const MARKER_GAP = 3;

  // Every width a reader's screen may have, in every view: Firefox's classic 12 px scrollbar narrows the map
  // (at 320 px the page is 308 px wide), and WebKit shows 320 and 390 px in a frame of that width.
  for (const width of [320, 390, 768, 1280]) {
    it(`keeps labels and stop badges apart and pointer targets at least 24 px at ${width} px, in every view`, async () => {
      const page = await open('', width);
      const found: string[] = [];
      for (const mapView of ['overview', 'detail', 'relations'] as const) {
        await page.click(mapViewButton(mapView));
        const [labelsCss, targetsCss] =
          mapView === 'relations' ? [DIAGRAM_LABELS, DIAGRAM_TARGETS] : [MAP_LABELS, MAP_TARGETS];
        const { labels, targets, markers } = await page.evaluate(
          ([labelsCss, targetsCss, markersCss]) => {
            // Shapes without their strokes (the names' and markers' halos, a badge's outline): Firefox counts a
            // non-scaling stroke in getBoundingClientRect as if it scaled, doubling a marker's box.
            // (A constructed sheet: the page's CSP refuses a <style> element.)
            const unstroked = new CSSStyleSheet();
            unstroked.replaceSync('actor-map svg * { stroke: none !important; }');
            document.adoptedStyleSheets = [...document.adoptedStyleSheets, unstroked];
            const boxes = (css: string) =>
              [...document.querySelectorAll(css)]
                // Shown ones only: Firefox and WebKit give SVG elements in a hidden group their geometric box.
                .filter((element) => element.checkVisibility({ visibilityProperty: true }))
                .map((element) => ({
                  disc: element.localName === 'circle',
                  stop: element.matches('.stop .badge'),
                  name:
                    element.textContent?.trim() ||
                    element.closest('a')?.id ||
                    element.closest('a')?.getAttribute('data-actor') ||
                    element.closest('[data-relation]')?.getAttribute('data-relation') ||
                    '',
                  box: element.getBoundingClientRect(),
                }))
                .filter(({ box }) => box.width > 0 && box.height > 0)
                .map(({ disc, stop, name, box }) => ({
                  disc,
                  stop,
                  name,
                  left: box.left,
                  right: box.right,
                  top: box.top,
                  bottom: box.bottom,
                  width: box.width,
                  height: box.height,
                }));
            const measured = { labels: boxes(labelsCss), targets: boxes(targetsCss), markers: boxes(markersCss) };
            document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== unstroked);
            return measured;
          },
          [labelsCss, targetsCss, MAP_MARKERS] as [string, string, string],
        );
        expect(labels.length, mapView).toBeGreaterThan(3);
        expect(targets.length, mapView).toBeGreaterThan(3);
        for (const target of targets.filter(({ width, height }) => width < 24 || height < 24))
          found.push(`${mapView}: ${target.name} is ${target.width.toFixed(1)} × ${target.height.toFixed(1)} px`);
        // Two discs (stop badges, relation numbers) by their circles; a name against anything by its box.
        const overlap = (a: (typeof labels)[number], b: (typeof labels)[number]) =>
          a.disc && b.disc
            ? Math.hypot(a.left + a.right - b.left - b.right, a.top + a.bottom - b.top - b.bottom) / 2 <
              (a.width + b.width) / 2 - 1
            : a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        // The room between two shapes: circles for two discs, a disc's circle against a box, else boxes.
        const gap = (a: (typeof labels)[number], b: (typeof labels)[number]) => {
          const centre = (box: typeof a) => [(box.left + box.right) / 2, (box.top + box.bottom) / 2] as const;
          if (a.disc && b.disc)
            return Math.hypot(...centre(a).map((value, axis) => value - centre(b)[axis]!)) - (a.width + b.width) / 2;
          const [disc, box] = a.disc ? [a, b] : b.disc ? [b, a] : [null, null];
          if (disc && box) {
            const [x, y] = centre(disc);
            const outside = Math.hypot(
              Math.max(box.left - x, 0, x - box.right),
              Math.max(box.top - y, 0, y - box.bottom),
            );
            return outside - disc.width / 2;
          }
          return Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom);
        };
        for (const [index, a] of labels.entries())
          for (const b of labels.slice(index + 1))
            if (overlap(a, b)) found.push(`${mapView}: "${a.name}" overlaps "${b.name}"`);
            else if ((a.stop || b.stop) && gap(a, b) < BADGE_GAP)
              found.push(`${mapView}: "${a.name}" and "${b.name}" are ${gap(a, b).toFixed(1)} px apart`);
        // Names keep clear of the capitals' markers and the edge arrows.
        if (mapView !== 'relations')
          for (const name of labels.filter(({ disc }) => !disc))
            for (const marker of markers)
              if (gap(name, marker) < MARKER_GAP)
                found.push(
                  `${mapView}: "${name.name}" is ${gap(name, marker).toFixed(1)} px from the marker of ${marker.name}`,
                );
        // Nor does one target cover part of another. Not yet in the overview, whose names' hit boxes
        // (2.4 em tall, for 24 px on phones) meet at 480 px and under.
        if (mapView !== 'overview')
          for (const [index, a] of targets.entries())
            for (const b of targets.slice(index + 1))
              if (overlap(a, b)) found.push(`${mapView}: the targets of ${a.name} and ${b.name} overlap`);
      }
      // Every view's findings at once, so one failure does not hide another.
      expect(found).toEqual([]);
      await expectNoProblems(page);
    });
  }
});
