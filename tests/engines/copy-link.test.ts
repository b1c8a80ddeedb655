import { describe, expect, it } from 'vitest';
import { ENGINES, expectNoProblems, useEngine, type EngineName } from '../helpers/engines';
import { ARTICLE_PATH, JOURNEY, timelineEvent } from './hooks';

/** Engines whose automation lets a test read the clipboard back (WebKitGTK's prompts for a paste). */
const READS_CLIPBOARD: Record<EngineName, boolean> = { chromium: true, firefox: true, webkit: false };

describe.each(ENGINES)('“Copia link” in %s', (name) => {
  const site = useEngine(name);

  it('copies the link to an event and says “Link copiato”', async () => {
    const page = await site.open(`${ARTICLE_PATH}?utm_source=x`, { width: 1280, reducedMotion: true });
    const button = `${timelineEvent(JOURNEY.summit)} copy-link [data-copy]`;
    await page.click(button);
    const status = () =>
      page.evaluate(
        (css) => document.querySelector(css)?.closest('copy-link')?.querySelector('[role="status"]')?.textContent ?? '',
        button,
      );
    await expect.poll(status).toBe('Link copiato');
    if (READS_CLIPBOARD[name]) {
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${site.url}${ARTICLE_PATH}#tappa-${JOURNEY.summit}`,
      );
    }
    // Not the fallback for a refused clipboard, which would have put the link in the address bar.
    expect(await page.url()).toBe(`${site.url}${ARTICLE_PATH}?utm_source=x`);
    await expectNoProblems(page);
  });
});
