import { describe, expect, it } from 'vitest';
import { ENGINES, expectNoProblems, useEngine } from '../helpers/engines';
import { ARTICLE_PATH } from './hooks';

describe.each(ENGINES)('smoke in %s', (name) => {
  const site = useEngine(name);
  for (const width of [320, 1280]) {
    it(`opens at ${width}`, async () => {
      const page = await site.open(ARTICLE_PATH, { width, colorScheme: 'dark', reducedMotion: true });
      console.log(name, width, await page.evaluate(() => [innerWidth, innerHeight, matchMedia('(prefers-color-scheme: dark)').matches, matchMedia('(prefers-reduced-motion: reduce)').matches, location.href]));
      await expectNoProblems(page);
      await page.close();
    });
  }
});
