import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForScrollEnd } from '../helpers/browser';
import { runAxe } from '../helpers/axe';
import { changeHash, expectNoProblems as expectClean, useBuiltSite, type OpenOptions } from '../helpers/site';
import { ARTICLE_PATH as ARTICLE } from '../helpers/article';

const site = useBuiltSite();

/** Records what the timeline tells the map, as the map would hear it. */
function recordSelections() {
  (window as any).__selections = [];
  document.addEventListener('cronologia:selezione', (event) => (window as any).__selections.push((event as CustomEvent).detail));
}

const open = (fragment = '', options: OpenOptions = {}) =>
  site.open(`${ARTICLE}${fragment}`, { reducedMotion: 'no-preference', initScript: recordSelections, ...options });

const currentEventId = (page: Page) =>
  page.evaluate(() => document.querySelector('visit-timeline a.event-link[aria-current="true"]')?.closest('li')?.id ?? null);
const announced = (page: Page) => page.evaluate(() => document.querySelector('visit-timeline [data-announcer]')?.textContent ?? '');
const selections = (page: Page) => page.evaluate(() => (window as any).__selections as { eventId: string; placeId: string | null; actorIds: string[] }[]);

describe('the timeline in Chromium', () => {
  it('selects an event on click: aria-current, replaceState, announcement of date and title only, and tells the map', async () => {
    const { page, problems, close } = await open();
    const historyLength = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: 'Putin accoglie Kim al cosmodromo Vostočnyj' }).click();
    expect(await currentEventId(page)).toBe('tappa-arrivo-a-vostochny');
    expect(await page.evaluate(() => location.hash)).toBe('#tappa-arrivo-a-vostochny');
    expect(await announced(page)).toBe('mercoledì 13 settembre 2023: Putin accoglie Kim al cosmodromo Vostočnyj');
    expect(await selections(page)).toEqual([
      { eventId: 'arrivo-a-vostochny', placeId: 'vostochny', actorIds: ['corea-del-nord', 'russia'] },
    ]);
    await page.getByRole('link', { name: 'Il vertice tra Putin e Kim' }).click();
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await page.locator('visit-timeline [aria-current="true"]').count()).toBe(1);
    expectClean(problems);
    await close();
  });

  it('moves with ←, →, Home and End from a focused event, and with Enter on a link', async () => {
    const { page, problems, close } = await open();
    await page.getByRole('link', { name: 'Accoglienza alla stazione di Chasan' }).focus();
    await page.keyboard.press('Enter');
    expect(await currentEventId(page)).toBe('tappa-arrivo-a-chasan');
    await page.keyboard.press('ArrowRight');
    expect(await currentEventId(page)).toBe('tappa-arrivo-a-vostochny');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.id)).toBe('tappa-arrivo-a-vostochny');
    // The focused link's name is read already: the live region adds only the date.
    expect(await announced(page)).toBe('mercoledì 13 settembre 2023');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await currentEventId(page)).toBe('tappa-passaggio-del-confine');
    const disabled = (name: string) => page.getByRole('button', { name }).getAttribute('aria-disabled');
    await page.keyboard.press('Home');
    expect(await currentEventId(page)).toBe('tappa-invasione-ucraina');
    expect([await disabled('Precedente'), await disabled('Successivo')]).toEqual(['true', 'false']);
    await page.keyboard.press('End');
    expect(await currentEventId(page)).toBe('tappa-trattato-di-partenariato');
    expect([await disabled('Precedente'), await disabled('Successivo')]).toEqual(['false', 'true']);
    expectClean(problems);
    await close();
  });

  it('steps with the previous and next buttons, which exist only with JavaScript', async () => {
    const { page, problems, close } = await open('#tappa-fabbrica-di-komsomolsk');
    await page.waitForFunction(() => document.querySelector('visit-timeline a.event-link[aria-current="true"]'));
    await page.getByRole('button', { name: 'Successivo' }).click();
    expect(await currentEventId(page)).toBe('tappa-bombardieri-a-knevichi');
    await page.getByRole('button', { name: 'Precedente' }).click();
    await page.getByRole('button', { name: 'Precedente' }).click();
    expect(await currentEventId(page)).toBe('tappa-ricevimento-a-vostochny');
    expectClean(problems);
    await close();
  });

  it('opens at #tappa-<id> with that event selected and visible below the sticky header', async () => {
    const { page, problems, close } = await open('#tappa-bombardieri-a-knevichi', { width: 1280 });
    expect(await currentEventId(page)).toBe('tappa-bombardieri-a-knevichi');
    await waitForScrollEnd(page);
    const box = await page.evaluate(() => {
      const item = document.getElementById('tappa-bombardieri-a-knevichi')!.getBoundingClientRect();
      const header = document.querySelector('body > header')!.getBoundingClientRect();
      const controls = document.querySelector('visit-timeline [data-controls]')!.getBoundingClientRect();
      return { top: item.top, headerBottom: header.bottom, controlsBottom: controls.bottom, viewport: innerHeight };
    });
    expect(box.top).toBeGreaterThanOrEqual(box.headerBottom);
    expect(box.top).toBeGreaterThanOrEqual(box.controlsBottom - 1);
    expect(box.top).toBeLessThan(box.viewport);
    expectClean(problems);
    await close();
  });

  it('follows #tappa-<id> on hashchange (a map stop link) and ignores unknown or malformed fragments silently', async () => {
    const { page, problems, close } = await open();
    await page.evaluate(() => (location.hash = '#tappa-oceanario'));
    await page.waitForFunction(() => document.querySelector('#tappa-oceanario a[aria-current="true"]'));
    for (const hash of ['#tappa-inesistente', '#%E0%A4%A', '#tappa-', '#attore-russia']) {
      await changeHash(page, hash);
      expect(await currentEventId(page)).toBe('tappa-oceanario');
    }
    expectClean(problems);
    await close();
  });

  it('scrolls without animation under prefers-reduced-motion', async () => {
    const { page, problems, close } = await open('', { reducedMotion: 'reduce' });
    await page.getByRole('link', { name: 'Il ritorno a Pyongyang' }).focus();
    await page.keyboard.press('Home');
    // With smooth scrolling the event would still be moving on screen a frame later. (Its place on
    // screen, not scrollY: scroll anchoring may adjust scrollY as blocks above it are laid out.)
    const first = page.locator('visit-timeline li[id^="tappa-"]').first();
    const before = await first.evaluate((element) => element.getBoundingClientRect().top);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await first.evaluate((element) => element.getBoundingClientRect().top)).toBe(before);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    expectClean(problems);
    await close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has zero axe violations with an event selected (${colorScheme})`, async () => {
      const { page, problems, close } = await open('#tappa-vertice-a-vostochny', { colorScheme });
      await page.waitForFunction(() => document.querySelector('visit-timeline a.event-link[aria-current="true"]'));
      expect(await runAxe(page)).toEqual([]);
      expectClean(problems);
      await close();
    });
  }

  it('is complete without JavaScript: every event, its date, sources and plain anchor links, no dead buttons', async () => {
    const { page, close } = await open('', { javaScriptEnabled: false });
    expect(await page.locator('visit-timeline li[id^="tappa-"]').count()).toBe(28);
    expect(await page.getByRole('button', { name: 'Successivo' }).isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Gli aerei da caccia di Komsomol’sk sull’Amur' }).click();
    expect(page.url()).toBe(`${site.server.url}${ARTICLE}#tappa-fabbrica-di-komsomolsk`);
    await close();
  });

  for (const width of [390, 1280]) {
    it(`keeps the focused element clear of the sticky header and controls when tabbing back through it at ${width} px`, async () => {
      const { page, problems, close } = await open('', { width });
      await page.getByRole('link', { name: 'Il vertice tra Putin e Kim' }).focus();
      for (let step = 0; step < 16; step++) {
        await page.keyboard.press('Shift+Tab');
        const { name, top, clear } = await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement;
          const controls = document.querySelector('visit-timeline [data-controls]')!.getBoundingClientRect();
          const header = document.getElementById('testata')!.getBoundingClientRect();
          // The controls cover the top of the screen only while they are stuck under the header.
          const stuck = controls.top <= header.bottom + 1;
          return { name: focused.textContent?.trim() || focused.getAttribute('aria-label'), top: focused.getBoundingClientRect().top, clear: stuck ? controls.bottom : header.bottom };
        });
        if (!(await page.evaluate(() => !!document.activeElement?.closest('visit-timeline .period')))) break;
        expect(top, name ?? '').toBeGreaterThanOrEqual(clear);
      }
      expectClean(problems);
      await close();
    });
  }

  it('reads at 320 px without horizontal overflow', async () => {
    const { page, problems, close } = await open('#tappa-voto-onu-es-11-1', { width: 320 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expectClean(problems);
    await close();
  });
});
