import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoProblems, useBuiltSite } from '../helpers/site';
import { runAxe } from '../helpers/axe';
import { ARTICLE_PATH as ARTICLE, SLUG } from '../helpers/article';
import { serveStatic } from '../helpers/server';

const site = useBuiltSite();
const EMBED = (figure: string) => `${SLUG}/incorpora/${figure}/`;

/** Nothing wider than the screen: a frame would scroll sideways. */
const overflowsAcross = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
/** True when the element is on screen, top to bottom in the viewport at least in part. */
const onScreen = (page: Page, css: string) =>
  page.evaluate((selector) => {
    const box = document.querySelector(selector)?.getBoundingClientRect();
    return Boolean(box && box.height > 0 && box.top < innerHeight && box.bottom > 0);
  }, css);

// axe cannot run in Chromium with the page's JavaScript off (its timers never fire): the pages
// without JavaScript are checked for their width and their deep links.
describe('the embed pages at 320 px, light and dark', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`have no axe violation and no sideways scroll (${colorScheme})`, async () => {
      for (const figure of ['mappa', 'cronologia']) {
        // The dark palette is the one a host gets by asking for the reader's setting (?tema=auto).
        const path = `${EMBED(figure)}${colorScheme === 'dark' ? '?tema=auto' : ''}`;
        const { page, problems, close } = await site.open(path, { width: 320, colorScheme });
        expect(await runAxe(page), figure).toEqual([]);
        expect(await overflowsAcross(page), figure).toBe(false);
        expectNoProblems(problems);
        await close();
      }
    });
  }

  it('close the map’s cards under a quiet disclosure line, no larger or heavier than the body text', async () => {
    const { page, problems } = await site.open(EMBED('mappa'), { width: 320 });
    const [summary, body] = await page.evaluate(() =>
      [document.querySelector('.actor-cards > summary h2')!, document.body].map((element) => {
        const { fontSize, fontWeight } = getComputedStyle(element);
        return { size: parseFloat(fontSize), weight: Number(fontWeight) };
      }),
    );
    expect(summary!.size).toBeLessThan(body!.size);
    expect(summary!.weight).toBeLessThanOrEqual(400);
    expectNoProblems(problems);
  });

  it('stay light on a reader’s dark system, as the pages carrying them mostly are, unless the host asks ?tema=auto', async () => {
    const colours = (page: Page) =>
      page.evaluate(() => ({
        page: getComputedStyle(document.body).backgroundColor,
        sea: getComputedStyle(document.querySelector('actor-map')!).getPropertyValue('--sea').trim(),
      }));
    const light = { page: 'rgb(251, 250, 247)', sea: '#e9eef2' };
    const dark = { page: 'rgb(18, 18, 18)', sea: '#182129' };
    const asked = await site.open(EMBED('mappa'), { width: 320, colorScheme: 'dark' });
    expect(await colours(asked.page)).toEqual(light);
    const auto = await site.open(`${EMBED('mappa')}?tema=auto`, { width: 320, colorScheme: 'dark' });
    expect(await colours(auto.page)).toEqual(dark);
    const article = await site.open(ARTICLE, { width: 320, colorScheme: 'dark' });
    expect(await colours(article.page)).toEqual(dark);
    expectNoProblems(asked.problems);
    expectNoProblems(auto.problems);
  });

  it('scroll only downwards without JavaScript', async () => {
    for (const figure of ['mappa', 'cronologia']) {
      const { page, close } = await site.open(EMBED(figure), { width: 320, javaScriptEnabled: false });
      expect(await overflowsAcross(page), figure).toBe(false);
      await close();
    }
  });

  it('have no axe violation with an actor open and with an event selected', async () => {
    for (const path of [`${EMBED('mappa')}#attore-giappone`, `${EMBED('cronologia')}#tappa-vertice-a-vostochny`]) {
      const { page, problems, close } = await site.open(path, { width: 320, reducedMotion: 'reduce' });
      await page.locator(':is(actor-map [data-panel]:not([hidden]), visit-timeline a[aria-current="true"])').waitFor();
      expect(await runAxe(page), path).toEqual([]);
      expect(await overflowsAcross(page), path).toBe(false);
      expectNoProblems(problems);
      await close();
    }
  });
});

describe('deep links inside the embeds', () => {
  it('opens an actor’s panel on the map for #attore-<id>, and shows a stop for #mappa-tappa-N', async () => {
    const { page, problems, close } = await site.open(`${EMBED('mappa')}#attore-giappone`, { reducedMotion: 'reduce' });
    await expect.poll(() => page.locator('actor-map svg[data-view]').getAttribute('data-selected')).toBe('giappone');
    expect(await page.locator('actor-map [data-panel]').innerText()).toContain('Giappone');
    await page.evaluate(() => (location.hash = '#mappa-tappa-4'));
    await expect.poll(() => page.locator('#mappa-tappa-4').getAttribute('aria-current')).toBe('true');
    expectNoProblems(problems);
    await close();
  });

  it('opens the closed period and selects the event for #tappa-<id>', async () => {
    const { page, problems, close } = await site.open(`${EMBED('cronologia')}#tappa-vertice-a-vostochny`, {
      reducedMotion: 'reduce',
    });
    await expect
      .poll(() => page.locator('visit-timeline a[aria-current="true"]').getAttribute('href'))
      .toBe('#tappa-vertice-a-vostochny');
    expect(await page.locator('#tappa-vertice-a-vostochny').evaluate((item) => item.closest('details')!.open)).toBe(
      true,
    );
    expectNoProblems(problems);
    await close();
  });

  it('lands on the card for #attore-<id> and on the event for #tappa-<id> without JavaScript', async () => {
    for (const [path, target] of [
      [`${EMBED('mappa')}#attore-giappone`, '#attore-giappone'],
      [`${EMBED('cronologia')}#tappa-vertice-a-vostochny`, '#tappa-vertice-a-vostochny'],
    ]) {
      const { page, close } = await site.open(path!, { width: 320, javaScriptEnabled: false });
      expect(await onScreen(page, target!), path).toBe(true);
      await close();
    }
  });
});

describe('“Incorpora” under the figures of the article', () => {
  it('opens the embed code, copies it with the embed page’s absolute address and says “Codice copiato”', async () => {
    const { page, problems, close } = await site.open(ARTICLE, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const summary = page.locator('embed-code:has(#incorpora-mappa) summary');
    await summary.scrollIntoViewIfNeeded();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#incorpora-mappa').isVisible()).toBe(true);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`<iframe src="${site.server.url}${EMBED('mappa')}"`)).toBe(true);
    expect(copied).toContain('<script>addEventListener("message"');
    expect(await page.locator('#incorpora-mappa').innerText()).toBe(copied);
    await expect
      .poll(() => page.locator('embed-code:has(#incorpora-mappa) [role="status"]').innerText())
      .toBe('Codice copiato');
    expectNoProblems(problems);
    await close();
  });

  it('without JavaScript, shows the code to select with one click, and a link to a preview', async () => {
    const { page, close } = await site.open(ARTICLE, { javaScriptEnabled: false });
    await page.locator('embed-code:has(#incorpora-cronologia) summary').click();
    const code = page.locator('#incorpora-cronologia');
    expect(await code.isVisible()).toBe(true);
    expect(await code.innerText()).toMatch(new RegExp(`^<iframe src="/${SLUG}/incorpora/cronologia/"`));
    await code.click();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(await code.innerText());
    const preview = page.getByRole('link', { name: 'Anteprima del grafico incorporato' });
    expect(await preview.getAttribute('href')).toBe(`/${EMBED('cronologia')}`);
    await close();
  });
});

describe('the height message', () => {
  it('speaks pym.js too, to a pym parent that names the child in the query, with the same height', async () => {
    // A parent on another port that frames the embed as pym.js does (childId in the query) and keeps every message.
    const dir = mkdtempSync(join(tmpdir(), 'pym-host-'));
    const src = `${site.server.url}${EMBED('cronologia')}?childId=grafico`;
    writeFileSync(
      join(dir, 'index.html'),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>pym host</title></head><body>` +
        `<script>window.received = []; addEventListener('message', (event) => received.push(event.data));</script>` +
        `<iframe src="${src}" title="grafico" style="width:100%;border:0" height="300"></iframe></body></html>`,
    );
    writeFileSync(join(dir, '404.html'), '<!DOCTYPE html><title>404</title>');
    const host = await serveStatic(dir);
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(host.url);
    const frame = page.frames()[1]!;
    const height = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const received = () => page.evaluate(() => (window as unknown as { received: unknown[] }).received);
    await expect.poll(async () => (await received()).at(-1)).toBe(`pymxPYMxgraficoxPYMxheightxPYMx${height}`);
    expect(await received()).toContainEqual({ 'datawrapper-height': { [`${SLUG}-cronologia`]: height } });
    await page.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
