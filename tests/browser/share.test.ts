import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { openPage, type PageProblems } from '../helpers/browser';
import { runAxe } from '../helpers/axe';
import { closeAfterTest } from '../helpers/cleanup';
import { useBuiltSite } from '../helpers/site';
import { SLUG } from '../helpers/article';

const SECTION = 'cosa-aspettarsi-dal-viaggio-in-russia';
const SECTION_TITLE = 'Cosa aspettarsi dal viaggio in Russia?';
const site = useBuiltSite();
const open = (path: string, width: number, options: Omit<BrowserContextOptions, 'viewport'> = {}) =>
  site.open(path, { width, ...options });

/** Chromium logs the 404 page's own status as a console error; that one is expected. */
const OWN_404 = /status of 404 \(Not Found\)/;

async function expectClean(page: Page, problems: PageProblems, { notFound = false } = {}) {
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(problems.consoleErrors.filter((message) => !(notFound && OWN_404.test(message)))).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
}

/**
 * Waits for the scroll to the fragment to end (it is smooth unless motion is reduced), then checks
 * the heading sits below the sticky header, in the upper half of the viewport.
 */
async function expectHeadingBelowHeader(page: Page, id: string) {
  // Polled from the test, not waitForFunction, which needs the page's own JavaScript.
  await expect
    .poll(() =>
      page.evaluate(
        (target) => (document.getElementById(target)?.getBoundingClientRect().top ?? Infinity) < window.innerHeight / 2,
        id,
      ),
    )
    .toBe(true);
  const box = await page.evaluate((target) => {
    const top = document.getElementById(target)!.getBoundingClientRect().top;
    const headerBottom = document.querySelector('body > header')!.getBoundingClientRect().bottom;
    return { top, headerBottom, viewport: window.innerHeight };
  }, id);
  expect(box.top).toBeGreaterThanOrEqual(box.headerBottom);
  expect(box.top).toBeLessThan(box.viewport / 2);
}

describe('the "Copia link" control', () => {
  it('copies the section URL with the keyboard and announces "Link copiato"', async () => {
    const { page, problems } = await open(`${SLUG}/?utm=x`, 390, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const anchor = page.getByRole('link', { name: `Link alla sezione ${SECTION_TITLE}` });
    const button = page.getByRole('button', { name: `Copia link alla sezione ${SECTION_TITLE}` });
    await anchor.focus();
    await page.keyboard.press('Tab');
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await button.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    const status = button.locator('xpath=..').getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Link copiato');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.url}${SLUG}/#${SECTION}`);
    await expectClean(page, problems);
  });

  for (const [what, name, fragment] of [
    ['a section', `Copia link alla sezione ${SECTION_TITLE}`, SECTION],
    ['an event', 'Copia link all’evento Il vertice tra Putin e Kim', 'tappa-vertice-a-vostochny'],
  ]) {
    it(`puts the link to ${what} in the address bar and says so, all on a 320 px screen, when the clipboard is refused`, async () => {
      const { page, context, problems } = await open(`${SLUG}/?utm=x`, 320);
      await context.grantPermissions([]);
      await page.evaluate(() =>
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new Error('denied')) },
        }),
      );
      await page.clock.install();
      const button = page.getByRole('button', { name, exact: true });
      await button.click();
      const status = button.locator('xpath=ancestor::copy-link').getByRole('status');
      await expect.poll(() => status.textContent()).toMatch(/^Copia non riuscita/);
      // It tells the reader what to do instead: time to read it, longer than a "Link copiato".
      await page.clock.runFor(5000);
      expect(await status.textContent()).toMatch(/^Copia non riuscita/);
      await page.clock.runFor(4000);
      expect(await status.textContent()).toBe('');
      const box = (await status.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      // The same link a successful copy gives: no query.
      expect(page.url()).toBe(`${site.server.url}${SLUG}/#${fragment}`);
      await expectClean(page, problems);
    });
  }

  it('is shown on a touch screen without hover, at least 24 px square', async () => {
    const { page, problems } = await open(`${SLUG}/`, 390, { hasTouch: true, isMobile: true });
    const buttons = page.getByRole('button', { name: /^Copia link alla sezione / });
    expect(await buttons.count()).toBe(4);
    for (const button of await buttons.all()) {
      const box = (await button.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await buttons.first().tap();
    await expectClean(page, problems);
  });

  it('leaves the plain "#" link, and no dead button, without JavaScript', async () => {
    const { page } = await open(`${SLUG}/`, 390, { javaScriptEnabled: false });
    expect(await page.getByRole('button', { name: /Copia link/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Link alla sezione / }).count()).toBe(4);
  });

  it('offers the system share sheet with the share page of a section, an event or an actor on a touch screen with the Web Share API', async () => {
    const context = closeAfterTest(
      await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }),
    );
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = shared;
      Object.assign(navigator, { share: async (data: ShareData) => void shared.push(data), canShare: () => true });
    });
    const { page, problems } = await openPage(context, site.server.origin);
    await page.goto(`${site.server.url}${SLUG}/`);
    await page.getByRole('button', { name: `Condividi il link alla sezione ${SECTION_TITLE}` }).click();
    await page.getByRole('button', { name: 'Condividi il link all’evento Il vertice tra Putin e Kim' }).click();
    await page.getByRole('button', { name: 'Condividi il link all’attore Giappone' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    // The title is the heading's text alone, not the whole entry the fragment names.
    expect(shared).toEqual([
      { title: SECTION_TITLE, url: `${site.server.url}${SLUG}/condividi/${SECTION}/` },
      { title: 'Il vertice tra Putin e Kim', url: `${site.server.url}${SLUG}/condividi/tappa-vertice-a-vostochny/` },
      { title: 'Giappone', url: `${site.server.url}${SLUG}/condividi/attore-giappone/` },
    ]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('offers no share button on a desktop, even with the Web Share API, nor on a touch screen without it', async () => {
    const withShare = await site.open(`${SLUG}/`, {
      width: 1280,
      initScript: () => Object.assign(navigator, { share: async () => {}, canShare: () => true }),
    });
    expect(await withShare.page.evaluate(() => typeof navigator.share)).toBe('function');
    expect(await withShare.page.getByRole('button', { name: /^Copia link alla sezione / }).count()).toBe(4);
    expect(await withShare.page.getByRole('button', { name: /^Condividi / }).count()).toBe(0);
    const touch = await open(`${SLUG}/`, 390, { hasTouch: true, isMobile: true });
    expect(await touch.page.evaluate(() => typeof navigator.share)).toBe('undefined');
    expect(await touch.page.getByRole('button', { name: /^Condividi / }).count()).toBe(0);
  });
});

describe('a share page', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`sends the reader to the section ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const context = closeAfterTest(
        await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled }),
      );
      const page = await context.newPage();
      await page.goto(`${site.server.url}${SLUG}/condividi/${SECTION}/`);
      await page.waitForURL(`${site.server.url}${SLUG}/#${SECTION}`);
      await expectHeadingBelowHeader(page, SECTION);
    });
  }
});

describe('the share page of an event or an actor', () => {
  it('sends the reader to the event, which the timeline marks as current', async () => {
    const { page, problems } = await open(`${SLUG}/condividi/tappa-vertice-a-vostochny/`, 390);
    await page.waitForURL(`${site.server.url}${SLUG}/#tappa-vertice-a-vostochny`);
    await expect
      .poll(() => page.locator('#tappa-vertice-a-vostochny a.event-link').getAttribute('aria-current'))
      .toBe('true');
    await expectClean(page, problems);
  });

  it('sends the reader to the actor, whose card the map opens', async () => {
    const { page, problems } = await open(`${SLUG}/condividi/attore-giappone/`, 1280);
    await page.waitForURL(`${site.server.url}${SLUG}/#attore-giappone`);
    await expect.poll(() => page.locator('actor-map svg[data-view]').getAttribute('data-selected')).toBe('giappone');
    await expect(page.locator('actor-map [data-panel] h3').textContent()).resolves.toBe('Giappone');
    await expectClean(page, problems);
  });
});

describe('a deep link to a section', () => {
  for (const width of [320, 390, 1280]) {
    it(`shows the heading just below the sticky header at ${width} px`, async () => {
      const { page, problems } = await open(`${SLUG}/#conclusione`, width);
      await expectHeadingBelowHeader(page, 'conclusione');
      await expectClean(page, problems);
    });
  }
});

describe('the Content-Security-Policy', () => {
  it('lets the table-of-contents script run', async () => {
    const { page, problems } = await open(`${SLUG}/#conclusione`, 1280);
    await page.waitForFunction(
      () => document.querySelector('nav a[href="#conclusione"]')?.getAttribute('aria-current') === 'true',
    );
    await expectClean(page, problems);
  });

  for (const path of ['', `${SLUG}/`, `${SLUG}/condividi/conclusione/`, 'non/esiste/']) {
    it(`reports no violation on /${path}`, async () => {
      const { page, problems } = await open(path, 390);
      await page.waitForLoadState('load');
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toContain('script-src');
      await expectClean(page, problems, { notFound: path.startsWith('non/') });
    });
  }
});

describe('the 404 page', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has zero axe WCAG 2.2 A/AA violations in ${colorScheme} mode, at any depth`, async () => {
      const { page, problems } = await open('una/pagina/che/non/esiste', 390, { colorScheme });
      expect(await page.locator('h1').innerText()).toBe('Pagina non trovata');
      expect(await runAxe(page)).toEqual([]);
      await page.getByRole('link', { name: 'Torna alla pagina iniziale' }).click();
      expect(page.url()).toBe(site.server.url);
      await expectClean(page, problems, { notFound: true });
    });
  }
});
