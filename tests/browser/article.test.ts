import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIRST_FRAME } from '../budgets';
import { runAxe } from '../helpers/axe';
import { closeAfterTest } from '../helpers/cleanup';
import { seedArticle } from '../helpers/seed';
import { expectNoProblems as expectClean, nextFrames, useBuiltSite } from '../helpers/site';
import { SLUG } from '../helpers/article';

const seed = seedArticle();
const site = useBuiltSite();
const open = (
  path: string,
  width: number,
  options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {},
) => site.open(path, { width, ...options });

/** Top of an element relative to the bottom of the sticky header. */
async function gapBelowHeader(
  page: Page,
  selector: string,
): Promise<{ top: number; headerBottom: number; viewport: number }> {
  return page.evaluate((target) => {
    const element = document.querySelector(target)!;
    const header = document.querySelector('body > header')!;
    return {
      top: element.getBoundingClientRect().top,
      headerBottom: header.getBoundingClientRect().bottom,
      viewport: window.innerHeight,
    };
  }, selector);
}

describe('the article in Chromium', () => {
  for (const width of [320, 390, 1280, 1920]) {
    it(`renders at ${width} px with no horizontal overflow`, async () => {
      const { page, problems } = await open(`${SLUG}/`, width);
      expect(await page.locator('h1').innerText()).toBe(seed.title);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // Nothing (an icon sprite, say) takes room above the header.
      expect(await page.evaluate(() => document.querySelector('body > header')!.getBoundingClientRect().top)).toBe(0);
      expectClean(problems);
    });
  }

  it('moves to a section from the table of contents on a wide screen and marks it current', async () => {
    const { page, problems } = await open(`${SLUG}/`, 1280);
    const link = page.getByRole('navigation', { name: 'Indice' }).getByRole('link', { name: seed.headings[2]! });
    await link.click();
    await page.waitForFunction(() => location.hash === '#cosa-aspettarsi-dal-viaggio-in-russia');
    await page.waitForFunction(
      () =>
        document.querySelector('nav a[href="#cosa-aspettarsi-dal-viaggio-in-russia"]')?.getAttribute('aria-current') ===
        'true',
    );
    const box = await gapBelowHeader(page, '#cosa-aspettarsi-dal-viaggio-in-russia');
    expect(box.top).toBeGreaterThanOrEqual(box.headerBottom);
    expect(box.top).toBeLessThan(box.viewport / 2);
    expect(await page.locator('nav a[aria-current="true"]').count()).toBe(1);
    expectClean(problems);
  });

  it('keeps the index open on a wide screen, its label out of the tab order and never reported as collapsed', async () => {
    const { page, problems } = await open(`${SLUG}/`, 1280);
    const summary = page.getByRole('navigation', { name: 'Indice' }).locator('summary');
    expect(await summary.getAttribute('tabindex')).toBe('-1');
    await summary.focus();
    await page.keyboard.press('Enter');
    await summary.click({ force: true });
    expect(await page.locator('.toc details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    // Narrowed to a phone's width it becomes a toggle again.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => summary.getAttribute('tabindex')).toBeNull();
    expectClean(problems);
  });

  it('opens the index on a phone and follows a link with the keyboard', async () => {
    const { page, problems } = await open(`${SLUG}/`, 390);
    const nav = page.getByRole('navigation', { name: 'Indice' });
    const link = nav.getByRole('link', { name: seed.headings[1]! });
    expect(await link.isVisible()).toBe(false);
    await nav.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await link.isVisible()).toBe(true);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#il-viaggio-di-kim-jong-un-in-russia');
    const box = await gapBelowHeader(page, '#il-viaggio-di-kim-jong-un-in-russia');
    expect(box.top).toBeGreaterThanOrEqual(box.headerBottom);
    expectClean(problems);
  });

  it('marks the last, short section current when the page opens at its fragment', async () => {
    const { page, problems } = await open(`${SLUG}/#conclusione`, 1280);
    await page.waitForFunction(
      () => document.querySelector('nav a[href="#conclusione"]')?.getAttribute('aria-current') === 'true',
    );
    const box = await gapBelowHeader(page, '#conclusione');
    expect(box.top).toBeGreaterThanOrEqual(box.headerBottom);
    expectClean(problems);
  });

  it('gives each section anchor the section URL and an accessible name', async () => {
    const { page, problems } = await open(`${SLUG}/`, 390);
    const anchor = page.getByRole('link', { name: `Link alla sezione ${seed.headings[3]}` });
    expect(await anchor.getAttribute('href')).toBe('#conclusione');
    await anchor.click();
    expect(page.url()).toBe(`${site.server.url}${SLUG}/#conclusione`);
    expectClean(problems);
  });

  it('makes the skip link the first Tab stop and lands on main', async () => {
    const { page, problems } = await open(`${SLUG}/`, 390);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Vai al contenuto');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    expectClean(problems);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has zero axe WCAG 2.2 A/AA violations in ${colorScheme} mode`, async () => {
      for (const path of ['', `${SLUG}/`]) {
        const { page, problems } = await open(path, 390, { colorScheme });
        expect(await runAxe(page), path).toEqual([]);
        expectClean(problems);
      }
    });
  }

  // Lighthouse's desktop run measures target sizes at this width: a card's name link must not be found
  // under the updates log's links while the cards are skipped (content-visibility).
  it('has zero axe WCAG 2.2 A/AA violations at 1280 px, the width of Lighthouse’s desktop run', async () => {
    const { page, problems } = await open(`${SLUG}/`, 1280);
    expect(await runAxe(page)).toEqual([]);
    expectClean(problems);
  });

  it('has the whole article and the index with JavaScript disabled', async () => {
    const { page } = await open(`${SLUG}/`, 1280, { javaScriptEnabled: false });
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const paragraph of seed.paragraphs) expect(text).toContain(paragraph.replace(/\s+/g, ' ').trim());
    const toc = page.getByRole('navigation', { name: 'Indice' });
    // The four sections, the map and the journey day by day under the section they sit in, and the full
    // chronology, the actors' cards and the updates log after the text; every link lands. (The figures' own elements, not their headings: see
    // CHRONOLOGY_ID in src/lib/page-ids.ts.)
    expect(await toc.getByRole('link').allInnerTexts()).toEqual([
      seed.headings[0],
      seed.headings[1],
      'Gli attori del Pacifico e i loro rapporti',
      'Il viaggio giorno per giorno',
      seed.headings[2],
      seed.headings[3],
      'Cronologia: il viaggio e il suo contesto',
      'Le schede degli attori',
      'Aggiornamenti e correzioni',
    ]);
    for (const href of await toc
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
      expect(await page.locator(href).count(), href).toBe(1);
    }
  });

  for (const odd of ['#nonexistent', '#%E0%A4%A', '?x=<script>alert(1)</script>', '?%E0%A4%A=1#conclusione']) {
    it(`ignores the odd URL ${odd} without console errors`, async () => {
      const { page, problems } = await open(`${SLUG}/${odd}`, 390);
      await page.mouse.wheel(0, 800);
      await nextFrames(page);
      expectClean(problems);
    });
  }
});

describe('the footer', () => {
  /** Left edge of the first line of text in each element, in CSS px. */
  const textLeft = (page: Page, selectors: string[]) =>
    page.evaluate(
      (targets) =>
        targets.map((target) => {
          const range = document.createRange();
          range.selectNodeContents(document.querySelector(target)!);
          return range.getClientRects()[0]!.left;
        }),
      selectors,
    );

  for (const width of [390, 1280]) {
    for (const [name, path, text] of [
      ['the article', `${SLUG}/`, '.prose > p'],
      ['the 404 page', 'pagina-che-non-esiste/', 'main h1'],
    ] as const) {
      it(`starts its text where the text of ${name} starts at ${width} px`, async () => {
        const { page } = await open(path, width);
        const [footer, column] = await textLeft(page, ['.site-footer p', text]);
        expect(Math.abs(footer! - column!)).toBeLessThanOrEqual(1);
      });
    }
  }
});

describe('the enhancements, which run after the first paint', () => {
  /** Layout shifts so far (the CLS sum), and whether the page had painted when they were defined. */
  const shifts = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
            })[]) {
              if (!entry.hadRecentInput) total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => setTimeout(() => resolve(total)));
        }),
    );

  for (const width of [320, 390, 1280]) {
    for (const path of [
      `${SLUG}/`,
      `${SLUG}/#cosa-aspettarsi-dal-viaggio-in-russia`,
      `${SLUG}/#tappa-vertice-a-vostochny`,
      `${SLUG}/#attore-giappone`,
    ]) {
      it(`move nothing on screen at ${width} px when they arrive, opening /${path}`, async () => {
        const { page, problems } = await open(path, width);
        expect(await page.locator('copy-link button').count()).toBeGreaterThan(0);
        expect(await shifts(page)).toBe(0);
        expectClean(problems);
      });
    }
  }

  it('wait for the first contentful paint', async () => {
    const { page } = await site.open(`${SLUG}/`, {
      width: 390,
      // Records, at the first paint, whether the enhancements had already defined their elements.
      initScript: () => {
        new PerformanceObserver((list, observer) => {
          if (list.getEntriesByName('first-contentful-paint').length === 0) return;
          observer.disconnect();
          (window as unknown as { definedAtFirstPaint: boolean }).definedAtFirstPaint =
            customElements.get('visit-timeline') !== undefined;
        }).observe({ type: 'paint', buffered: true });
      },
    });
    expect(
      await page.evaluate(() => (window as unknown as { definedAtFirstPaint?: boolean }).definedAtFirstPaint),
    ).toBe(false);
  });
});

/** The fields of a Chromium trace event that the first-frame budget reads. */
interface TraceEvent {
  name: string;
  pid: number;
  ts: number;
  args?: { elementCount?: number; beginData?: { totalObjects?: number } };
}

describe('the first frame on a phone', () => {
  /** Whether the browser has drawn the content of each element, or skips it while it is far away. */
  const drawn = (page: Page, selectors: string[]) =>
    page.evaluate(
      (targets) =>
        targets.map(
          (selector) =>
            document.querySelector(selector)?.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ??
            null,
        ),
      selectors,
    );
  // The map's skipped box sits in its frame; the actors' cards are after the article.
  const FAR = ['actor-map .skip', '#schede-attori', 'visit-timeline'];

  it('skips the map, the actor list and the timeline until the reader comes near them', async () => {
    const { page } = await open(`${SLUG}/`, 390);
    expect(await drawn(page, FAR)).toEqual([false, false, false]);
    for (const selector of FAR) {
      await page.locator(selector).scrollIntoViewIfNeeded();
      await expect.poll(async () => (await drawn(page, [selector]))[0]).toBe(true);
    }
  });

  it(`styles at most ${FIRST_FRAME.styledElements} elements and lays out at most ${FIRST_FRAME.layoutObjects} objects before the first paint`, async () => {
    const context = closeAfterTest(await site.browser.newContext({ viewport: { width: 390, height: 844 } }));
    const page = await context.newPage();
    await site.browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'],
    });
    await page.goto(`${site.server.url}${SLUG}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const events = (JSON.parse((await site.browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
      .traceEvents;
    const paint = events.find((event) => event.name === 'firstContentfulPaint');
    expect(paint).toBeDefined();
    const beforePaint = events.filter((event) => event.pid === paint!.pid && event.ts < paint!.ts);
    const styled = Math.max(
      0,
      ...beforePaint.filter((event) => event.name === 'UpdateLayoutTree').map((event) => event.args?.elementCount ?? 0),
    );
    const laidOut = Math.max(
      0,
      ...beforePaint
        .filter((event) => event.name === 'Layout')
        .map((event) => event.args?.beginData?.totalObjects ?? 0),
    );
    console.log(`first frame at 390 px: ${styled} elements styled, ${laidOut} layout objects`);
    // Above zero, or the trace no longer carries the counts and the budget checks nothing.
    expect(styled).toBeGreaterThan(0);
    expect(laidOut).toBeGreaterThan(0);
    expect(styled).toBeLessThanOrEqual(FIRST_FRAME.styledElements);
    expect(laidOut).toBeLessThanOrEqual(FIRST_FRAME.layoutObjects);
  });

  it('draws all of them on paper', async () => {
    const { page } = await open(`${SLUG}/`, 390);
    await page.emulateMedia({ media: 'print' });
    // The skip state follows the media change with the next rendering update.
    await expect.poll(() => drawn(page, FAR)).toEqual([true, true, true]);
  });

  it('keeps the map’s size while it is skipped, so nothing moves when it is drawn', async () => {
    const { page } = await open(`${SLUG}/`, 390);
    const frame = page.locator('actor-map .frame');
    const skipped = await frame.boundingBox();
    expect(await drawn(page, ['actor-map .skip'])).toEqual([false]);
    await frame.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await drawn(page, ['actor-map .skip']))[0]).toBe(true);
    const shown = await frame.boundingBox();
    const map = await page.locator('actor-map svg[data-view]').boundingBox();
    expect(shown?.height).toBeCloseTo(skipped?.height ?? 0, 1);
    expect(map?.height).toBeCloseTo(shown?.height ?? 0, 1);
    expect(shown?.width).toBeCloseTo(skipped?.width ?? 0, 1);
  });
});
