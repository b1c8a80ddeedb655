import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/site';
import { ARTICLE_PATH } from '../helpers/article';

const site = useBuiltSite();

/**
 * The characters on each full line of the paragraphs `selector` finds (by default the article's body;
 * the last line of a paragraph is left out: it is as short as the paragraph ends), measured on the
 * laid-out text with the fonts the machine has: a median per paragraph, then the median over the
 * paragraphs; paragraphs under `minLength` characters are left out. Also the font size and line height.
 * Text inside `skip` (a label that starts an entry, in its own smaller type) is not reading text: not counted.
 */
const measure = (page: Page, selector = '.prose > p', minLength = 200, skip = ':not(*)') =>
  page.evaluate(
    ([selector, minLength, skip]) => {
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
      const paragraphs = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (p) => (p.textContent ?? '').length > minLength,
      );
      const range = document.createRange();
      const perParagraph = paragraphs.map((paragraph) => {
        const lines = new Map<number, number>();
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest(skip)) continue;
          for (let index = 0; index < (node.textContent ?? '').length; index++) {
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            const box = range.getClientRects()[0];
            if (box) lines.set(Math.round(box.top), (lines.get(Math.round(box.top)) ?? 0) + 1);
          }
        }
        const counts = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, count]) => count);
        return median(counts.slice(0, -1));
      });
      const style = getComputedStyle(paragraphs[0]!);
      return {
        paragraphs: paragraphs.length,
        characters: median(perParagraph),
        fontSize: parseFloat(style.fontSize),
        lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
      };
    },
    [selector, minLength, skip] as const,
  );

describe('the author’s text', () => {
  for (const width of [768, 1024, 1280, 1920]) {
    it(`holds 60–75 characters a line at ${width} px, at a comfortable size and leading`, async () => {
      const { page } = await site.open(ARTICLE_PATH, { width, height: 900, javaScriptEnabled: false });
      const text = await measure(page);
      expect(text.paragraphs).toBeGreaterThan(5);
      expect(text.characters).toBeGreaterThanOrEqual(60);
      expect(text.characters).toBeLessThanOrEqual(75);
      expect(text.fontSize).toBeGreaterThanOrEqual(17);
      expect(text.lineHeight).toBeGreaterThanOrEqual(1.5);
    });
  }

  it('reads on a 390 px phone: at least 16 px, 40 or more characters a line', async () => {
    const { page } = await site.open(ARTICLE_PATH, { width: 390, javaScriptEnabled: false });
    const text = await measure(page);
    expect(text.characters).toBeGreaterThanOrEqual(40);
    expect(text.characters).toBeLessThanOrEqual(75);
    expect(text.fontSize).toBeGreaterThanOrEqual(16);
    expect(text.lineHeight).toBeGreaterThanOrEqual(1.5);
  });
});

describe('our own texts after the article', () => {
  // The events' texts of the full chronology (every period opened) and the entries of the updates log.
  // The updates log's entries start with their kind as a small label, which is not counted.
  for (const [what, selector, skip] of [
    ['the chronology’s event texts', 'visit-timeline .event .text', undefined],
    ['the updates log’s entries', '.updates li p', '.kind'],
  ] as const) {
    for (const width of [768, 1280, 1920]) {
      it(`keep ${what} to a reading measure at ${width} px: 55–75 characters a line`, async () => {
        const { page } = await site.open(ARTICLE_PATH, { width, height: 900, javaScriptEnabled: false });
        await page.evaluate(() => {
          for (const details of document.querySelectorAll('visit-timeline details')) details.setAttribute('open', '');
        });
        const text = await measure(page, selector, 110, skip);
        expect(text.paragraphs).toBeGreaterThan(5);
        expect(text.characters).toBeGreaterThanOrEqual(55);
        expect(text.characters).toBeLessThanOrEqual(75);
      });
    }
  }
});
