import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/site';
import { ARTICLE_PATH } from '../helpers/article';

const site = useBuiltSite();

/**
 * From the bottom of the author's paragraph before the figures to the top of the one after them, in page
 * pixels, once both figures are drawn (they skip their layout until they near the screen).
 */
async function figuresSpan(page: Page): Promise<number> {
  for (const selector of ['actor-map', '#cronologia']) {
    await page.locator(selector).scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        page.evaluate((s) => document.querySelector(s)!.checkVisibility({ contentVisibilityAuto: true }), selector),
      )
      .toBe(true);
  }
  return page.evaluate(() => {
    const blocks = [...document.querySelectorAll('.prose > *')];
    const map = blocks.findIndex((block) => block.matches('actor-map') || !!block.querySelector('actor-map'));
    const overview = blocks.findIndex((block) => block.id === 'cronologia' || !!block.querySelector('#cronologia'));
    const before = blocks
      .slice(0, map)
      .reverse()
      .find((block) => block.matches('p'))!;
    const after = blocks.slice(overview + 1).find((block) => block.matches('p'))!;
    return after.getBoundingClientRect().top - before.getBoundingClientRect().bottom;
  });
}

describe('the figures in the reading flow', () => {
  for (const javaScriptEnabled of [true, false]) {
    for (const [width, height, most] of [
      [390, 844, 3600],
      [1280, 900, 3000],
    ] as const) {
      it(`keep the paragraphs around the map and the journey at most ${most} px apart at ${width}×${height}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
        const { page } = await site.open(`${ARTICLE_PATH}`, { width, height, javaScriptEnabled });
        const span = await figuresSpan(page);
        console.log(
          `figures span at ${width}×${height}, JS ${javaScriptEnabled ? 'on' : 'off'}: ${Math.round(span)} px`,
        );
        // Both figures are really there: a map and a day-by-day list are far taller than one line.
        expect(span).toBeGreaterThan(800);
        expect(span).toBeLessThanOrEqual(most);
      });
    }
  }
});
