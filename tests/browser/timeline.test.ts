import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForScrollEnd } from '../helpers/browser';
import { runAxe } from '../helpers/axe';
import {
  changeHash,
  expectNoProblems as expectClean,
  nextFrames,
  useBuiltSite,
  type OpenOptions,
} from '../helpers/site';
import { ARTICLE_PATH as ARTICLE } from '../helpers/article';

const site = useBuiltSite();

/** Records what the timeline tells the map, as the map would hear it. */
function recordSelections() {
  (window as any).__selections = [];
  document.addEventListener('cronologia:selezione', (event) =>
    (window as any).__selections.push((event as CustomEvent).detail),
  );
}

const open = (fragment = '', options: OpenOptions = {}) =>
  site.open(`${ARTICLE}${fragment}`, { reducedMotion: 'no-preference', initScript: recordSelections, ...options });

const currentEventId = (page: Page) =>
  page.evaluate(
    () => document.querySelector('visit-timeline a.event-link[aria-current="true"]')?.closest('li')?.id ?? null,
  );
const announced = (page: Page) =>
  page.evaluate(() => document.querySelector('visit-timeline [data-announcer]')?.textContent ?? '');
const selections = (page: Page) =>
  page.evaluate(
    () => (window as any).__selections as { eventId: string; placeId: string | null; actorIds: string[] }[],
  );

describe('the timeline in Chromium', () => {
  it('selects an event on click: aria-current, replaceState, announcement of date and title only, and tells the map', async () => {
    const { page, problems } = await open();
    const historyLength = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: 'Putin accoglie Kim al cosmodromo Vostočnyj' }).click();
    expect(await currentEventId(page)).toBe('tappa-arrivo-a-vostochny');
    // The address is written once the selection has been painted.
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#tappa-arrivo-a-vostochny');
    expect(await announced(page)).toBe('mercoledì 13 settembre 2023: Putin accoglie Kim al cosmodromo Vostočnyj');
    expect(await selections(page)).toEqual([
      { eventId: 'arrivo-a-vostochny', placeId: 'vostochny', actorIds: ['corea-del-nord', 'russia'] },
    ]);
    await page.getByRole('link', { name: 'Il vertice tra Putin e Kim' }).click();
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await page.locator('visit-timeline [aria-current="true"]').count()).toBe(1);
    expectClean(problems);
  });

  it('moves with ←, →, Home and End from a focused event, and with Enter on a link', async () => {
    const { page, problems } = await open();
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
  });

  it('steps with the previous and next buttons, which exist only with JavaScript', async () => {
    const { page, problems } = await open('#tappa-fabbrica-di-komsomolsk');
    await page.waitForFunction(() => document.querySelector('visit-timeline a.event-link[aria-current="true"]'));
    await page.getByRole('button', { name: 'Successivo' }).click();
    expect(await currentEventId(page)).toBe('tappa-bombardieri-a-knevichi');
    await page.getByRole('button', { name: 'Precedente' }).click();
    await page.getByRole('button', { name: 'Precedente' }).click();
    // Back past the factory to the travel day of the 14th, which has no stop on the map.
    expect(await currentEventId(page)).toBe('tappa-in-treno-verso-komsomolsk');
    expectClean(problems);
  });

  it('opens at #tappa-<id> with that event selected and visible below the sticky header', async () => {
    const { page, problems } = await open('#tappa-bombardieri-a-knevichi', { width: 1280 });
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
  });

  it('follows #tappa-<id> on hashchange (a map stop link) and ignores unknown or malformed fragments silently', async () => {
    const { page, problems } = await open();
    await page.evaluate(() => (location.hash = '#tappa-oceanario'));
    await page.waitForFunction(() => document.querySelector('#tappa-oceanario a[aria-current="true"]'));
    for (const hash of ['#tappa-inesistente', '#%E0%A4%A', '#tappa-', '#attore-russia']) {
      await changeHash(page, hash);
      expect(await currentEventId(page)).toBe('tappa-oceanario');
    }
    expectClean(problems);
  });

  it('scrolls without animation under prefers-reduced-motion', async () => {
    const { page, problems } = await open('', { reducedMotion: 'reduce' });
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
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has zero axe violations with an event selected (${colorScheme})`, async () => {
      const { page, problems } = await open('#tappa-vertice-a-vostochny', { colorScheme });
      await page.waitForFunction(() => document.querySelector('visit-timeline a.event-link[aria-current="true"]'));
      expect(await runAxe(page)).toEqual([]);
      expectClean(problems);
    });
  }

  it('is complete without JavaScript: every event, its date, sources and plain anchor links, no dead buttons', async () => {
    const { page } = await open('', { javaScriptEnabled: false });
    expect(await page.locator('visit-timeline li[id^="tappa-"]').count()).toBe(29);
    expect(await page.getByRole('button', { name: 'Successivo' }).isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Gli aerei da caccia di Komsomol’sk sull’Amur' }).click();
    expect(page.url()).toBe(`${site.server.url}${ARTICLE}#tappa-fabbrica-di-komsomolsk`);
  });

  for (const width of [390, 1280]) {
    it(`keeps the focused element clear of the sticky header and controls when tabbing back through it at ${width} px`, async () => {
      const { page, problems } = await open('', { width });
      await page.getByRole('link', { name: 'Il vertice tra Putin e Kim' }).focus();
      for (let step = 0; step < 16; step++) {
        await page.keyboard.press('Shift+Tab');
        const { name, top, clear } = await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement;
          const controls = document.querySelector('visit-timeline [data-controls]')!.getBoundingClientRect();
          const header = document.getElementById('testata')!.getBoundingClientRect();
          // The controls cover the top of the screen only while they are stuck under the header.
          const stuck = controls.top <= header.bottom + 1;
          return {
            name: focused.textContent?.trim() || focused.getAttribute('aria-label'),
            top: focused.getBoundingClientRect().top,
            clear: stuck ? controls.bottom : header.bottom,
          };
        });
        if (!(await page.evaluate(() => !!document.activeElement?.closest('visit-timeline .period')))) break;
        expect(top, name ?? '').toBeGreaterThanOrEqual(clear);
      }
      expectClean(problems);
    });
  }

  /** Whether the event is drawn, and where it sits against the sticky header and controls. */
  const placement = (page: Page, id: string) =>
    page.evaluate((target) => {
      const item = document.getElementById(target)!;
      const box = item.getBoundingClientRect();
      const header = document.getElementById('testata')!.getBoundingClientRect();
      const controls = document.querySelector('visit-timeline [data-controls]')!.getBoundingClientRect();
      return {
        drawn: item.checkVisibility(),
        open: (item.closest('details') as HTMLDetailsElement).open,
        clear: box.top >= Math.max(header.bottom, controls.bottom) - 1,
        onScreen: box.top < innerHeight,
      };
    }, id);

  it('opens a closed period for #tappa-<id> on load and on hashchange, selecting the event below the sticky controls', async () => {
    const { page, problems } = await open('#tappa-invasione-ucraina', { width: 1280, height: 900 });
    await page.waitForFunction(() => document.querySelector('#tappa-invasione-ucraina a[aria-current="true"]'));
    await waitForScrollEnd(page);
    expect(await placement(page, 'tappa-invasione-ucraina')).toEqual({
      drawn: true,
      open: true,
      clear: true,
      onScreen: true,
    });
    await changeHash(page, '#tappa-trattato-di-partenariato');
    await waitForScrollEnd(page);
    expect(await currentEventId(page)).toBe('tappa-trattato-di-partenariato');
    expect(await placement(page, 'tappa-trattato-di-partenariato')).toEqual({
      drawn: true,
      open: true,
      clear: true,
      onScreen: true,
    });
    expectClean(problems);
  });

  it('steps across periods with the keys and the buttons, opening the period it enters', async () => {
    const { page, problems } = await open();
    const periodOpen = (id: string) =>
      page.evaluate((target) => (document.getElementById(target)!.closest('details') as HTMLDetailsElement).open, id);
    expect(await periodOpen('tappa-shoigu-a-pyongyang')).toBe(false);
    await page.getByRole('link', { name: 'Kim lascia Pyongyang in treno blindato', exact: true }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await currentEventId(page)).toBe('tappa-shoigu-a-pyongyang');
    expect(await periodOpen('tappa-shoigu-a-pyongyang')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('li[id]')?.id)).toBe('tappa-shoigu-a-pyongyang');
    await page.keyboard.press('End');
    expect(await currentEventId(page)).toBe('tappa-trattato-di-partenariato');
    expect(await periodOpen('tappa-trattato-di-partenariato')).toBe(true);
    await changeHash(page, '#tappa-arrivo-a-pyongyang');
    expect(await periodOpen('tappa-traffico-ferroviario')).toBe(false);
    await page.getByRole('button', { name: 'Successivo' }).click();
    expect(await currentEventId(page)).toBe('tappa-traffico-ferroviario');
    expect(await periodOpen('tappa-traffico-ferroviario')).toBe(true);
    expectClean(problems);
  });

  it('keeps a hash the reader follows while a selection waits to enter the address', async () => {
    const { page, problems } = await open();
    await page.getByRole('link', { name: 'Kim lascia Pyongyang in treno blindato', exact: true }).focus();
    // End selects the last event and puts it in the address after the next paint. Before that, the
    // reader's link changes the address, and the browser's hashchange comes only after the selection's
    // turn (Chromium does not order the two): the address and the current event must be the reader's.
    await page.evaluate(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      const oldURL = location.href;
      history.pushState(history.state, '', '#tappa-arrivo-a-pyongyang');
      return new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: location.href }));
            resolve();
          }),
        ),
      );
    });
    await nextFrames(page);
    expect(new URL(page.url()).hash).toBe('#tappa-arrivo-a-pyongyang');
    expect(await currentEventId(page)).toBe('tappa-arrivo-a-pyongyang');
    expectClean(problems);
  });

  it('takes a day of the overview to its first event, marks the day and tells the map, from the date or anywhere on its row', async () => {
    const { page, problems } = await open('', { width: 390 });
    await page.getByRole('link', { name: 'mercoledì 13 settembre', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('#tappa-arrivo-a-vostochny a[aria-current="true"]'));
    expect(page.url()).toBe(`${site.server.url}${ARTICLE}#tappa-arrivo-a-vostochny`);
    expect((await selections(page)).at(-1)).toMatchObject({ eventId: 'arrivo-a-vostochny', placeId: 'vostochny' });
    const marked = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#cronologia li[data-current] time')].map((time) =>
          time.getAttribute('datetime'),
        ),
      );
    expect(await marked()).toEqual(['2023-09-13']);
    // Another event of the same day keeps its row marked; an event outside the journey, none.
    await page.getByRole('link', { name: 'Il vertice tra Putin e Kim', exact: true }).click();
    expect(await marked()).toEqual(['2023-09-13']);
    await page.keyboard.press('Home');
    expect(await marked()).toEqual([]);
    // A tap on the row's text, not on its date, follows the same link.
    const text = page.locator('#cronologia li', { hasText: 'Gli aerei da caccia' }).locator('.moment');
    await text.scrollIntoViewIfNeeded();
    // As a reader's tap comes after the scroll has painted: the overview is content-visibility: auto, and
    // Chromium 156 hit-tests a click sent in the same frame as the scroll against the still-skipped row.
    await nextFrames(page);
    const moment = (await text.boundingBox())!;
    await page.mouse.click(moment.x + moment.width / 2, moment.y + moment.height / 2);
    await page.waitForFunction(() => document.querySelector('#tappa-fabbrica-di-komsomolsk a[aria-current="true"]'));
    expect(await marked()).toEqual(['2023-09-15']);
    expectClean(problems);
  });

  it('shows an event of a closed period that a link names, without JavaScript (the browser opens the period)', async () => {
    const { page } = await open('#tappa-voto-onu-es-11-1', {
      javaScriptEnabled: false,
      width: 1280,
      height: 900,
    });
    expect(await placement(page, 'tappa-voto-onu-es-11-1')).toMatchObject({ drawn: true, open: true, onScreen: true });
    const phone = await open('', { javaScriptEnabled: false });
    await phone.page.getByRole('link', { name: 'venerdì 15 settembre', exact: true }).click();
    expect(phone.page.url()).toBe(`${site.server.url}${ARTICLE}#tappa-fabbrica-di-komsomolsk`);
    expect(await placement(phone.page, 'tappa-fabbrica-di-komsomolsk')).toMatchObject({
      drawn: true,
      open: true,
      onScreen: true,
    });
  });

  it('prints every period and every event’s sources open', async () => {
    const { page } = await open('', { javaScriptEnabled: false });
    await page.emulateMedia({ media: 'print' });
    const hidden = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('visit-timeline .facts, visit-timeline li[id^="tappa-"]')].filter(
            (element) => !element.checkVisibility(),
          ).length,
      );
    await expect.poll(hidden).toBe(0);
    expect(await page.locator('visit-timeline .facts').count()).toBe(29);
  });

  /** The overview's height in the flow, once the browser has laid it out. */
  const overviewHeight = async (page: Page) => {
    await page.locator('#cronologia').scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelector('#cronologia h3')?.checkVisibility({ contentVisibilityAuto: true })),
      )
      .toBe(true);
    return page.evaluate(() => document.getElementById('cronologia')!.getBoundingClientRect().height);
  };

  for (const javaScriptEnabled of [true, false]) {
    for (const [width, height, most] of [
      [390, 844, 2100],
      [1280, 900, 1800],
    ] as const) {
      it(`stands in the article at most ${most} px tall at ${width}×${height}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
        const { page } = await open('', { width, height, javaScriptEnabled });
        const tall = await overviewHeight(page);
        expect(tall).toBeGreaterThan(300);
        expect(tall).toBeLessThanOrEqual(most);
        // The journey day by day fits one screen under the sticky header.
        const header = await page.evaluate(() => document.getElementById('testata')!.getBoundingClientRect().height);
        expect(tall).toBeLessThanOrEqual(height - header);
        // And the full chronology is after the author's last paragraph, not in the flow.
        expect(
          await page.evaluate(
            () =>
              !!(
                document
                  .querySelector('.prose > p:last-of-type')!
                  .compareDocumentPosition(document.querySelector('visit-timeline')!) & Node.DOCUMENT_POSITION_FOLLOWING
              ),
          ),
        ).toBe(true);
      });
    }
  }

  it('reads at 320 px without horizontal overflow', async () => {
    const { page, problems } = await open('#tappa-voto-onu-es-11-1', { width: 320 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    expectClean(problems);
  });
});
