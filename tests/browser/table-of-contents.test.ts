import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoProblems, nextFrames, useBuiltSite } from '../helpers/site';
import { SLUG } from '../helpers/article';

const site = useBuiltSite();

/** The text of the index's link marked current, or null. */
const currentEntry = (page: Page) =>
  page.evaluate(() => document.querySelector('table-of-contents a[aria-current="true"]')?.textContent ?? null);

/**
 * Scrolls so that the top of `selector` (or, with `edge: 'center'`, its middle) stands `fraction` of the
 * way down the viewport. Scrolled twice: parts skipped off screen are laid out as they come near and
 * may change the height of what is above.
 */
async function place(page: Page, selector: string, fraction: number, edge: 'top' | 'center' = 'top'): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    await page.evaluate(
      ({ selector, fraction, edge }) => {
        const box = document.querySelector(selector)!.getBoundingClientRect();
        const y = edge === 'top' ? box.top : box.top + box.height / 2;
        window.scrollBy(0, y - window.innerHeight * fraction);
      },
      { selector, fraction, edge },
    );
    await nextFrames(page);
  }
}

const CHRONOLOGY = 'Cronologia: il viaggio e il suo contesto';

describe('the index marks the section being read', () => {
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    it(`marks the chronology at ${width}×${height} once it fills the middle of the screen, with the end of “Conclusione” still above it`, async () => {
      const { page, problems } = await site.open(`${SLUG}/`, { width, height });
      await place(page, '#cronologia-completa', 0.3);
      // The reader sees the last lines of the section before, and the chronology below them.
      const lastLinesOfConclusion = await page.evaluate(() => {
        const header = document.querySelector('body > header')!.getBoundingClientRect().bottom;
        const chronology = document.getElementById('cronologia-completa')!.getBoundingClientRect().top;
        return chronology - header;
      });
      expect(lastLinesOfConclusion).toBeGreaterThan(80);
      await expect.poll(() => currentEntry(page)).toBe(CHRONOLOGY);

      await place(page, '#cronologia-completa', 0.5, 'center');
      await expect.poll(() => currentEntry(page)).toBe(CHRONOLOGY);
      expectNoProblems(problems);
    });
  }

  it('marks “Conclusione” while its text holds the upper third of the screen', async () => {
    const { page } = await site.open(`${SLUG}/`, { width: 1280, height: 900 });
    await place(page, '#cronologia-completa', 0.55);
    await expect.poll(() => currentEntry(page)).toBe('Conclusione');
  });

  it('gives the mark back to the section when its text resumes after the journey day by day', async () => {
    const { page } = await site.open(`${SLUG}/`, { width: 1280, height: 900 });
    await place(page, '#cronologia', 0.3);
    await expect.poll(() => currentEntry(page)).toBe('Il viaggio giorno per giorno');
    await place(page, '#cronologia + p', 0.3);
    await expect.poll(() => currentEntry(page)).toBe('Il viaggio di Kim Jong-un in Russia');
  });

  it('marks nothing at the top of the page, the first section once it is read, the last at the bottom', async () => {
    const { page, problems } = await site.open(`${SLUG}/`, { width: 1280, height: 900 });
    await nextFrames(page);
    expect(await currentEntry(page)).toBeNull();
    await place(page, '#la-corea-del-nord-dallinizio-della-guerra-in-ucraina', 0.25);
    await expect.poll(() => currentEntry(page)).toBe('La Corea del Nord dall’inizio della guerra in Ucraina');
    // The actors' cards and the updates log have entries of their own: reading them never leaves the
    // chronology marked.
    await place(page, '#schede-attori', 0.5, 'center');
    await expect.poll(() => currentEntry(page)).toBe('Le schede degli attori');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => currentEntry(page)).toBe('Aggiornamenti e correzioni');
    expectNoProblems(problems);
  });
});
