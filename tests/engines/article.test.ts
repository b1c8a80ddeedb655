import { describe, expect, it } from 'vitest';
import { ENGINES, expectNoProblems, runAxeIn, useEngine, type EnginePage } from '../helpers/engines';
import { ARTICLE_PATH, JOURNEY, TIMELINE_CURRENT, TIMELINE_NEXT, timelineEventLink } from './hooks';

/** Top of an element and the bottom of the sticky header, in the viewport. */
const belowHeader = (page: EnginePage, selector: string) =>
  page.evaluate((css) => {
    const box = document.querySelector(css)!.getBoundingClientRect();
    return {
      top: box.top,
      headerBottom: document.getElementById('testata')!.getBoundingClientRect().bottom,
      viewport: innerHeight,
    };
  }, selector);

describe.each(ENGINES)('the article in %s', (name) => {
  const site = useEngine(name);

  it('loads with zero page errors and every enhancement upgraded', async () => {
    const page = await site.open(ARTICLE_PATH, { width: 1280, reducedMotion: true });
    const elements = await page.evaluate(() =>
      [
        ...new Set(
          [...document.querySelectorAll('*')]
            .map((element) => element.localName)
            .filter((local) => local.includes('-')),
        ),
      ]
        .sort()
        .map((local) => ({
          name: local,
          defined: customElements.get(local) !== undefined,
          upgraded: document.querySelector(`${local}:not(:defined)`) === null,
        })),
    );
    expect(elements.map(({ name: element }) => element)).toEqual(
      expect.arrayContaining(['actor-map', 'copy-link', 'table-of-contents', 'visit-timeline']),
    );
    expect(elements.filter(({ defined, upgraded }) => !defined || !upgraded)).toEqual([]);
    // What only the scripts add: the copy buttons and the timeline's step buttons.
    expect(await page.evaluate(() => document.querySelectorAll('copy-link button').length)).toBeGreaterThan(10);
    expect(
      await page.evaluate(() => document.querySelector<HTMLElement>('visit-timeline [data-controls]')!.hidden),
    ).toBe(false);
    await expectNoProblems(page);
  });

  it('opens a link to a section at the section, below the sticky header', async () => {
    const page = await site.open(`${ARTICLE_PATH}#conclusione`, { width: 1280, reducedMotion: true });
    await expect
      .poll(async () => {
        const box = await belowHeader(page, '#conclusione');
        return box.top >= box.headerBottom - 1 && box.top < box.viewport / 2;
      })
      .toBe(true);
    await expectNoProblems(page);
  });

  for (const width of [320, 1280]) {
    it(`has no horizontal overflow at ${width} px`, async () => {
      const page = await site.open(ARTICLE_PATH, { width, reducedMotion: true });
      expect(await page.evaluate(() => innerWidth)).toBe(width);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
      await expectNoProblems(page);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has zero axe WCAG 2.2 AA violations in ${colorScheme} mode, with an actor and an event selected`, async () => {
      const page = await site.open(`${ARTICLE_PATH}#attore-giappone`, { width: 390, colorScheme, reducedMotion: true });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        colorScheme === 'dark',
      );
      await page.click(timelineEventLink(JOURNEY.summit));
      expect(await page.evaluate((css) => document.querySelector(css)?.closest('li')?.id, TIMELINE_CURRENT)).toBe(
        `tappa-${JOURNEY.summit}`,
      );
      expect(await runAxeIn(page)).toEqual([]);
      await expectNoProblems(page);
    });
  }

  for (const reducedMotion of [true, false]) {
    it(`scrolls ${reducedMotion ? 'at once under prefers-reduced-motion' : 'smoothly where motion is allowed'} when “Successivo” steps to an event off screen`, async () => {
      const page = await site.open(`${ARTICLE_PATH}#tappa-${JOURNEY.chasan}`, {
        width: 1280,
        height: 720,
        reducedMotion,
      });
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(reducedMotion);
      // Every position the page passes through, recorded by the page itself: what it shows does not depend
      // on how long the driver takes to ask (under load, a command can take longer than a whole smooth scroll).
      await page.evaluate(() => {
        const seen: number[] = [];
        (window as unknown as { __scrolls: number[] }).__scrolls = seen;
        addEventListener('scroll', () => seen.push(scrollY), { passive: true });
      });
      let scrolled: { before: number; seen: number[]; settled: number } | undefined;
      for (let step = 0; step < 12 && !scrolled; step++) {
        const before = await page.evaluate(() => scrollY);
        // Only a step to an event off screen counts: a step on screen may move the page by scroll
        // anchoring alone (an instant adjustment), which says nothing about smooth scrolling. And only
        // with the button on screen, so that no scroll to reach it is counted as the step's.
        const nextOffScreen = await page.evaluate(
          ([current, next]) => {
            const events = [...document.querySelectorAll('visit-timeline li[id^="tappa-"]')];
            const index = events.findIndex((item) => item.contains(document.querySelector(current)));
            const rect = events[index + 1]?.getBoundingClientRect();
            const button = document.querySelector(next)!.getBoundingClientRect();
            return (
              !!rect && (rect.top > innerHeight || rect.bottom < 0) && button.top >= 0 && button.bottom <= innerHeight
            );
          },
          [TIMELINE_CURRENT, TIMELINE_NEXT] as [string, string],
        );
        await page.evaluate(() => (window as unknown as { __scrolls: number[] }).__scrolls.splice(0));
        await page.click(TIMELINE_NEXT);
        const { seen, settled } = await page.evaluate(
          () =>
            new Promise<{ seen: number[]; settled: number }>((resolve) =>
              setTimeout(() => {
                const record = window as unknown as { __scrolls: number[] };
                resolve({ seen: record.__scrolls.splice(0), settled: scrollY });
              }, 1000),
            ),
        );
        if (nextOffScreen && settled !== before) scrolled = { before, seen, settled };
      }
      expect(scrolled, 'a step scrolled the page').toBeDefined();
      const { before, seen, settled } = scrolled!;
      const [low, high] = [Math.min(before, settled), Math.max(before, settled)];
      const onTheWay = seen.filter((position) => position !== settled && position > low && position < high);
      // Smooth scrolling passes through positions between the two; without motion the page jumps.
      if (reducedMotion) expect(onTheWay).toEqual([]);
      else expect(onTheWay.length, `positions seen: ${seen.join(', ')}`).toBeGreaterThan(0);
      await expectNoProblems(page);
    });
  }
});
