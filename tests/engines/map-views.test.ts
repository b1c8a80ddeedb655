import { describe, expect, it } from 'vitest';
import { ENGINES, expectNoProblems, useEngine } from '../helpers/engines';
import { ARTICLE_PATH } from './hooks';

/** The map's view buttons as laid out: accessible name (text content), top and right edge, and the figure's right edge. */
const viewButtons = () => {
  const buttons = [...document.querySelectorAll<HTMLElement>('actor-map [data-views] button')];
  const figure = document.querySelector('actor-map figure')!.getBoundingClientRect();
  buttons[0]!.scrollIntoView({ block: 'center' });
  return {
    names: buttons.map((button) => button.textContent!.replace(/\s+/g, ' ').trim()),
    tops: buttons.map((button) => Math.round(button.getBoundingClientRect().top)),
    overflow: Math.max(...buttons.map((button) => button.getBoundingClientRect().right)) - figure.right,
    heights: buttons.map((button) => button.getBoundingClientRect().height),
  };
};

describe.each(ENGINES)('the map’s view buttons in %s', (name) => {
  const site = useEngine(name);

  it.each([320, 390])(
    'stand on one line at %i px, each named by its whole label, at least 24 px tall',
    async (width) => {
      const page = await site.open(ARTICLE_PATH, { width });
      const layout = await page.evaluate(viewButtons);
      expect(layout.names).toEqual(['Panoramica', 'Dettaglio della visita', 'Rapporti']);
      expect(new Set(layout.tops).size, `tops ${layout.tops.join(', ')}`).toBe(1);
      expect(layout.overflow).toBeLessThanOrEqual(0);
      for (const height of layout.heights) expect(height).toBeGreaterThanOrEqual(24);
      await expectNoProblems(page);
    },
  );
});
