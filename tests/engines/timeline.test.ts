import { describe, expect, it } from 'vitest';
import { ENGINES, expectNoProblems, useEngine, type EnginePage } from '../helpers/engines';
import {
  ARTICLE_PATH,
  JOURNEY,
  TIMELINE_CURRENT,
  TIMELINE_NEXT,
  TIMELINE_PREVIOUS,
  timelineEvent,
  timelineEventLink,
} from './hooks';

const current = (page: EnginePage) =>
  page.evaluate((css) => document.querySelector(css)?.closest('li[id]')?.id ?? null, TIMELINE_CURRENT);
const focusedEvent = (page: EnginePage) => page.evaluate(() => document.activeElement?.closest('li[id]')?.id ?? null);

describe.each(ENGINES)('the timeline in %s', (name) => {
  const site = useEngine(name);
  const open = (fragment = '', width = 390) => site.open(`${ARTICLE_PATH}${fragment}`, { width, reducedMotion: true });

  it('selects a focused event with Enter and moves with → and ←, focus following', async () => {
    const page = await open();
    await page.focus(timelineEventLink(JOURNEY.chasan));
    await page.press('Enter');
    await expect.poll(() => current(page)).toBe(`tappa-${JOURNEY.chasan}`);
    await page.press('ArrowRight');
    expect(await current(page)).toBe(`tappa-${JOURNEY.vostochnyArrival}`);
    expect(await focusedEvent(page)).toBe(`tappa-${JOURNEY.vostochnyArrival}`);
    // The address is written once the selection has been painted.
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#tappa-${JOURNEY.vostochnyArrival}`);
    await page.press('ArrowLeft');
    expect(await current(page)).toBe(`tappa-${JOURNEY.chasan}`);
    await expectNoProblems(page);
  });

  it('steps with the “Successivo” and “Precedente” buttons', async () => {
    const page = await open(`#tappa-${JOURNEY.komsomolsk}`);
    await expect.poll(() => current(page)).toBe(`tappa-${JOURNEY.komsomolsk}`);
    await page.click(TIMELINE_NEXT);
    expect(await current(page)).toBe(`tappa-${JOURNEY.knevichi}`);
    await page.click(TIMELINE_PREVIOUS);
    await page.click(TIMELINE_PREVIOUS);
    expect(await current(page)).toBe(`tappa-${JOURNEY.travelDay}`);
    await expectNoProblems(page);
  });

  it('opens a #tappa-<id> link with that event current and in view below the sticky header', async () => {
    const page = await open(`#tappa-${JOURNEY.knevichi}`, 1280);
    await expect.poll(() => current(page)).toBe(`tappa-${JOURNEY.knevichi}`);
    const box = await page.evaluate((css) => {
      const item = document.querySelector(css)!.getBoundingClientRect();
      return {
        top: item.top,
        headerBottom: document.getElementById('testata')!.getBoundingClientRect().bottom,
        viewport: innerHeight,
      };
    }, timelineEvent(JOURNEY.knevichi));
    expect(box.top).toBeGreaterThanOrEqual(box.headerBottom - 1);
    expect(box.top).toBeLessThan(box.viewport);
    await expectNoProblems(page);
  });
});
