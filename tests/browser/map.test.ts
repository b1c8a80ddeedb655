import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from '../helpers/axe';
import { changeHash, expectNoProblems as expectClean, useBuiltSite, type OpenOptions } from '../helpers/site';
import { ARTICLE_PATH as ARTICLE } from '../helpers/article';
import { measureRelations } from '../helpers/relation-geometry';

const site = useBuiltSite();
const open = (fragment = '', options: OpenOptions = {}) =>
  site.open(`${ARTICLE}${fragment}`, { reducedMotion: 'reduce', ...options });

const selected = (page: Page) =>
  page.evaluate(() => document.querySelector('actor-map svg[data-view]')?.getAttribute('data-selected') ?? null);
const panelText = (page: Page) => page.locator('actor-map [data-panel]').innerText();
const mapActor = (page: Page, name: string) => page.locator('actor-map svg a.actor', { hasText: name });

describe('the actor map in Chromium', () => {
  it('selects an actor on click: panel with camp, role, relations both ways and sections; others dimmed', async () => {
    const { page, problems } = await open('', { width: 1280 });
    await mapActor(page, 'Giappone').click();
    expect(await selected(page)).toBe('giappone');
    const text = await panelText(page);
    expect(text).toContain('Giappone');
    expect(text).toContain('Stati Uniti, alleati e partner');
    expect(text).toContain('Tradizionalmente pacifista');
    expect(text).toContain('Riarmo giapponese contro gli arsenali di Pechino');
    expect(text).toContain('Cosa aspettarsi dal viaggio in Russia?');
    // The address is written once the selection has been painted.
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#attore-giappone');
    expect(await page.locator('actor-map [data-announcer]').innerText()).toBe('Giappone');
    expect(await page.getByRole('region', { name: 'Scheda dell’attore: Giappone', exact: true }).isVisible()).toBe(
      true,
    );
    const style = (selector: string, property: 'opacity' | 'fontWeight') =>
      page
        .locator(selector)
        .first()
        .evaluate((element, name) => getComputedStyle(element)[name], property);
    // Polled: the dimming fades in over 0.2 s where motion is allowed.
    await expect
      .poll(async () => Number(await style('actor-map svg .country[data-actor="taiwan"]', 'opacity')))
      .toBeLessThan(0.5);
    for (const related of ['giappone', 'cina'])
      expect(await style(`actor-map svg .country[data-actor="${related}"]`, 'opacity')).toBe('1');
    expect(await style('actor-map svg .relation[data-from="giappone"]', 'opacity')).toBe('1');
    // The other names step back by weight, not by contrast: they are still links.
    expect(await style('actor-map svg a.actor[data-actor="taiwan"]', 'opacity')).toBe('1');
    expect(await style('actor-map svg a.actor[data-actor="taiwan"] .label', 'fontWeight')).toBe('400');
    expect(await style('actor-map svg a.actor[data-actor="giappone"] .label', 'fontWeight')).toBe('700');
    expectClean(problems);
  });

  for (const javaScriptEnabled of [true, false])
    it(`tabs through the map's actors west to east, as a reader scans it, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const { page, problems } = await open('', { width: 1280, javaScriptEnabled });
      await page.locator('actor-map svg a.actor').first().focus();
      const visited: { actor: string; x: number }[] = [];
      for (let press = 0; press < 20; press++) {
        const here = await page.evaluate(() => {
          const link = document.activeElement?.closest('actor-map svg a.actor');
          if (!link) return null;
          // Where the reader sees the actor: its capital's marker or edge arrow, else its name.
          const mark = link.querySelector('.capital .mk, .edge-arrow') ?? link.querySelector('.lo .label')!;
          const { left, right } = mark.getBoundingClientRect();
          return { actor: link.getAttribute('data-actor')!, x: (left + right) / 2 };
        });
        if (!here) break;
        visited.push(here);
        await page.keyboard.press('Tab');
      }
      expect(visited.map(({ actor }) => actor).sort()).toEqual(
        await page
          .locator('actor-map svg a.actor')
          .evaluateAll((links) => links.map((link) => link.getAttribute('data-actor')).sort()),
      );
      const xs = visited.map(({ x }) => x);
      expect(xs, visited.map(({ actor }) => actor).join(', ')).toEqual([...xs].sort((a, b) => a - b));
      expectClean(problems);
    });

  for (const width of [320, 390, 768, 1280])
    it(`keeps the actors' cards within the height that stands in for them while skipped, at ${width} px`, async () => {
      const { page, problems } = await open('', { width });
      const cards = page.locator('#schede-attori');
      const standIn = await cards.evaluate((section) => section.getBoundingClientRect().height);
      await cards.evaluate((section) => section.scrollIntoView());
      await expect.poll(() => cards.evaluate((section) => section.getBoundingClientRect().height)).not.toBe(standIn);
      // Shorter than its stand-in, the section spills over what follows it until it is laid out.
      expect(await cards.evaluate((section) => section.getBoundingClientRect().height)).toBeLessThanOrEqual(standIn);
      expectClean(problems);
    });

  it('works by keyboard: Tab reaches the map, arrows move between actors, Enter and Space select, Escape closes and returns focus', async () => {
    const { page, problems } = await open();
    await mapActor(page, 'Russia').focus();
    await page.keyboard.press('ArrowRight');
    const focusedActor = () => page.evaluate(() => document.activeElement?.getAttribute('data-actor'));
    const next = await focusedActor();
    expect(next).not.toBe('russia');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedActor()).toBe('russia');
    await page.keyboard.press('Enter');
    expect(await selected(page)).toBe('russia');
    // Focus on the card's name in the panel, the panel's first link; "Chiudi" is its last.
    expect(await page.evaluate(() => document.activeElement?.closest('h3')?.textContent?.trim())).toBe('Russia');
    const inPanel = await page
      .locator('actor-map [data-panel] :is(a[href], button)')
      .evaluateAll((elements) =>
        elements.filter((element) => element.getClientRects().length > 0).map((element) => element.textContent?.trim()),
      );
    expect(inPanel[0]).toBe('Russia');
    expect(inPanel.at(-1)).toBe('Chiudi');
    await page.keyboard.press('Escape');
    expect(await selected(page)).toBeNull();
    expect(await page.locator('actor-map [data-panel]').isHidden()).toBe(true);
    expect(await focusedActor()).toBe('russia');
    await mapActor(page, 'Cina').focus();
    await page.keyboard.press(' ');
    expect(await selected(page)).toBe('cina');
    await page.getByRole('button', { name: 'Chiudi' }).click();
    expect(await focusedActor()).toBe('cina');
    expectClean(problems);
  });

  it('moves with the arrows only between the actors the detail view shows', async () => {
    const { page, problems } = await open('', { width: 1280 });
    await page.getByRole('button', { name: 'Dettaglio della visita' }).click();
    const shown = await page
      .locator('actor-map svg a.actor')
      .evaluateAll((links) =>
        links.filter((link) => link.getClientRects().length > 0).map((link) => link.getAttribute('data-actor')),
      );
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThan(await page.locator('actor-map svg a.actor').count());
    await page.locator(`actor-map svg a.actor[data-actor="${shown[0]}"]`).focus();
    const visited: (string | null | undefined)[] = [];
    for (let press = 0; press < shown.length; press++) {
      await page.keyboard.press('ArrowRight');
      visited.push(await page.evaluate(() => document.activeElement?.getAttribute('data-actor')));
    }
    expect(visited).toEqual([...shown.slice(1), shown[0]]);
    expectClean(problems);
  });

  it('opens an actor from a mention in the text with the keyboard, and Escape brings focus back to the mention', async () => {
    const { page, problems } = await open('', { width: 390 });
    const mention = page.locator('.prose a.actor-mention', { hasText: 'Cina' }).first();
    await mention.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('actor-map svg[data-view]')?.getAttribute('data-selected') === 'cina',
    );
    expect(await page.evaluate(() => document.activeElement?.closest('h3')?.textContent?.trim())).toBe('Cina');
    await page.keyboard.press('Escape');
    expect(await page.locator('actor-map [data-panel]').isHidden()).toBe(true);
    expect(await mention.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(
      await mention.evaluate(
        (link) => link.getBoundingClientRect().top >= 0 && link.getBoundingClientRect().bottom <= innerHeight,
      ),
    ).toBe(true);
    expectClean(problems);
  });

  it('closes an open actor when the reader follows a link elsewhere on the page', async () => {
    const { page, problems } = await open('#attore-russia', { width: 1280 });
    expect(await selected(page)).toBe('russia');
    await page.evaluate(() => (location.hash = '#conclusione'));
    await page.waitForFunction(
      () => !document.querySelector('actor-map svg[data-view]')?.hasAttribute('data-selected'),
    );
    expect(await page.locator('actor-map [data-panel]').isHidden()).toBe(true);
    expectClean(problems);
  });

  it('prints the detail view with its stops, undimmed and on white even from a dark screen, then restores the view', async () => {
    const { page, problems } = await open('#attore-giappone', { width: 1280, colorScheme: 'dark' });
    await page.evaluate(() => {
      // Registered after the map's own listener, so it sees what the map set up for paper.
      addEventListener('beforeprint', () => {
        document.body.dataset.printedView =
          document.querySelector('actor-map svg[data-view]')?.getAttribute('data-view') ?? '';
      });
    });
    await page.pdf({ width: '210mm', height: '297mm' });
    expect(await page.evaluate(() => document.body.dataset.printedView)).toBe('detail');
    expect(await page.locator('actor-map svg[data-view]').getAttribute('data-view')).toBe('overview');

    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const style = (selector: string, property: 'opacity' | 'backgroundColor' | 'color') =>
      page
        .locator(selector)
        .first()
        .evaluate((element, name) => getComputedStyle(element)[name], property);
    // The emulated media reaches the page's style asynchronously after a print: polled.
    await expect.poll(() => style('body', 'backgroundColor'), { timeout: 5000 }).toBe('rgb(255, 255, 255)');
    expect(await style('actor-map svg .country[data-actor="taiwan"]', 'opacity')).toBe('1');
    expect(await style('visit-timeline .badge', 'color')).toBe('rgb(0, 0, 0)');
    // Everything expanded on paper: the diagram and its list under the map, and the actors' cards.
    for (const selector of ['actor-map .frame', 'actor-map .diagram', 'actor-map .relation-key', '#schede-attori']) {
      expect(await page.locator(selector).evaluate((element) => getComputedStyle(element).display), selector).not.toBe(
        'none',
      );
    }
    expect(
      await page.locator('#schede-attori').evaluate((element) => getComputedStyle(element).contentVisibility),
    ).toBe('visible');
    expectClean(problems);
  });

  it('reaches the map actors with Tab from the view buttons', async () => {
    const { page, problems } = await open();
    // The last of the three buttons ("Rapporti"), then the map of the view in force.
    await page.getByRole('button', { name: 'Rapporti', exact: true }).focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('actor-map svg') !== null);
    expect(focused).toBe(true);
    expectClean(problems);
  });

  it('opens the actor of a #attore-<id> deep link, follows hashchange and Back, and ignores unknown fragments', async () => {
    const { page, problems } = await open('#attore-corea-del-sud');
    expect(await selected(page)).toBe('corea-del-sud');
    expect(await panelText(page)).toContain('Paese ostile');
    await page.evaluate(() => (location.hash = '#attore-iran'));
    await page.waitForFunction(
      () => document.querySelector('actor-map svg[data-view]')?.getAttribute('data-selected') === 'iran',
    );
    await page.goBack();
    await page.waitForFunction(
      () => document.querySelector('actor-map svg[data-view]')?.getAttribute('data-selected') === 'corea-del-sud',
    );
    for (const hash of ['#attore-atlantide', '#attore-', '#%E0%A4%A']) {
      await changeHash(page, hash);
      expect(await selected(page)).toBe('corea-del-sud');
    }
    expectClean(problems);
  });

  for (const [width, height] of [
    [1280, 720],
    [390, 844],
  ]) {
    it(`shows the whole panel of a deep-linked actor at ${width}×${height}, and on closing returns focus to the actor on the map and drops the fragment`, async () => {
      const { page, problems } = await open('#attore-giappone', { width, height });
      const panel = page.locator('actor-map [data-panel]');
      await panel.waitFor();
      await expect
        .poll(() =>
          panel.evaluate((element) => [
            element.getBoundingClientRect().top >= document.getElementById('testata')!.getBoundingClientRect().bottom,
            element.getBoundingClientRect().bottom <= innerHeight + 1,
          ]),
        )
        .toEqual([true, true]); // + 1: scroll positions are whole pixels, boxes are not
      await page.getByRole('button', { name: 'Chiudi' }).click();
      expect(
        await page.evaluate(() => (document.activeElement as Element).closest('a.actor')?.getAttribute('data-actor')),
      ).toBe('giappone');
      expect(await page.evaluate(() => location.href)).toBe(`${site.server.url}${ARTICLE}`);
      expectClean(problems);
    });
  }

  it('replaces the history entry when the selection changes, so Back leaves the page state', async () => {
    const { page, problems } = await open('', { width: 1280 });
    const length = await page.evaluate(() => history.length);
    await mapActor(page, 'Giappone').click();
    await page.getByRole('button', { name: 'Chiudi' }).click();
    await mapActor(page, 'Taiwan').click();
    expect(await page.evaluate(() => history.length)).toBe(length);
    expectClean(problems);
  });

  it('opens an actor from its mention in the article text and brings the map into view', async () => {
    const { page, problems } = await open();
    await page.locator('.prose a.actor-mention', { hasText: 'Giappone' }).first().click();
    await page.waitForFunction(
      () => document.querySelector('actor-map svg[data-view]')?.getAttribute('data-selected') === 'giappone',
    );
    const top = await page.evaluate(() => document.querySelector('actor-map')!.getBoundingClientRect().top);
    expect(top).toBeLessThan(200);
    expectClean(problems);
  });

  it('keys the route and the numbered stops only in the detail view, which draws them', async () => {
    const { page, problems } = await open('', { width: 390 });
    const keyShown = () =>
      page
        .locator('actor-map :is(.legend-route, .stop-key)')
        .evaluateAll((keys) => keys.map((key) => key.getClientRects().length > 0));
    expect(await keyShown()).toEqual([false, false]);
    await page.getByRole('button', { name: 'Dettaglio della visita' }).click();
    expect(await keyShown()).toEqual([true, true]);
    expectClean(problems);
  });

  it('switches to the detail view and shows the numbered stops of the journey', async () => {
    const { page, problems } = await open('', { width: 1280 });
    await page.getByRole('button', { name: 'Dettaglio della visita' }).click();
    expect(await page.getByRole('button', { name: 'Dettaglio della visita' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.locator('actor-map svg[data-view]').getAttribute('viewBox')).toBe(
      await page.locator('actor-map').getAttribute('data-detail'),
    );
    expect(await page.getByRole('link', { name: 'Tappa 4: Cosmodromo Vostočnyj' }).isVisible()).toBe(true);
    expectClean(problems);
  });

  it('highlights the stop and the actors of an event the timeline selects', async () => {
    const { page, problems } = await open('', { width: 1280 });
    await page.evaluate(() =>
      document.dispatchEvent(
        new CustomEvent('cronologia:selezione', {
          detail: { eventId: 'arrivo-a-vostochny', placeId: 'vostochny', actorIds: ['russia', 'corea-del-nord'] },
        }),
      ),
    );
    expect(await page.locator('actor-map a.stop[aria-current="true"]').getAttribute('data-place')).toBe('vostochny');
    expect(await page.locator('actor-map svg[data-view]').getAttribute('data-view')).toBe('detail');
    expect(
      await page
        .locator('actor-map svg a.actor.on')
        .evaluateAll((links) => links.map((link) => link.getAttribute('data-actor'))),
    ).toEqual(expect.arrayContaining(['russia', 'corea-del-nord']));
    expect(await page.locator('actor-map [data-panel]').isHidden()).toBe(true);
    // Highlighted, not selected: no actor reads as open while its panel is closed, and the detail
    // view keeps the route clear of the overview's relation arrows.
    expect(await selected(page)).toBeNull();
    // (The arrows are in the "Rapporti" view now, which the detail view hides.)
    expect(await page.locator('actor-map svg .relations').isVisible()).toBe(false);
    expect(
      await page
        .locator('actor-map svg a.actor:not(.on) .label')
        .first()
        .evaluate((label) => getComputedStyle(label).fontWeight),
    ).toBe('400');
    expectClean(problems);
  });

  it('selects the event of a stop when the stop is followed', async () => {
    const { page, problems } = await open('', { width: 1280 });
    await page.getByRole('button', { name: 'Dettaglio della visita' }).click();
    await page.getByRole('link', { name: 'Tappa 5: Stabilimento aeronautico' }).click();
    await page.waitForFunction(() => document.querySelector('#tappa-fabbrica-di-komsomolsk a[aria-current="true"]'));
    expect(await page.locator('actor-map a.stop[aria-current="true"]').getAttribute('id')).toBe('mappa-tappa-5');
    // Focus follows the link to the event, so the next Tab continues from there.
    expect(await page.evaluate(() => document.activeElement?.closest('li[id]')?.id)).toBe(
      'tappa-fabbrica-di-komsomolsk',
    );
    expectClean(problems);
  });

  it('makes the event current and focuses its stop when "Tappa N sulla mappa" is followed', async () => {
    const { page, problems } = await open('#tappa-arrivo-a-chasan', { width: 1280 });
    await page.locator('#tappa-fabbrica-di-komsomolsk a[href="#mappa-tappa-5"]').click();
    await page.waitForFunction(() => document.activeElement?.id === 'mappa-tappa-5');
    expect(
      await page
        .locator('visit-timeline a.event-link[aria-current="true"]')
        .evaluate((link) => link.closest('li[id]')?.id),
    ).toBe('tappa-fabbrica-di-komsomolsk');
    expect(await page.locator('actor-map a.stop[aria-current="true"]').getAttribute('id')).toBe('mappa-tappa-5');
    expectClean(problems);
  });

  for (const width of [320, 360, 768, 1280]) {
    it(`keeps labels from overlapping at ${width} px, in both views`, async () => {
      const { page, problems } = await open('', { width });
      for (const view of ['Panoramica', 'Dettaglio della visita']) {
        await page.getByRole('button', { name: view }).click();
        const boxes = await page.evaluate(() =>
          [...document.querySelectorAll('actor-map svg :is(.label, .stop .badge)')]
            .map((element) => ({
              name: element.textContent || element.closest('a')?.id || '',
              box: element.getBoundingClientRect(),
            }))
            .filter(({ box }) => box.width > 0 && box.height > 0)
            .map(({ name, box }) => ({
              name,
              left: box.left,
              right: box.right,
              top: box.top,
              bottom: box.bottom,
              height: box.height,
            })),
        );
        expect(boxes.length).toBeGreaterThan(3);
        const targets = await page.evaluate(() =>
          [...document.querySelectorAll('actor-map svg :is(.hit, .stop .badge)')]
            .map((element) => ({
              name: element.closest('a')?.getAttribute('data-actor') ?? element.closest('a')?.id ?? '',
              box: element.getBoundingClientRect(),
            }))
            .filter(({ box }) => box.width > 0),
        );
        for (const target of targets) {
          expect(target.box.width, `${target.name} target width`).toBeGreaterThanOrEqual(24);
          expect(target.box.height, `${target.name} target height`).toBeGreaterThanOrEqual(24);
        }
        for (const [index, a] of boxes.entries()) {
          expect(a.height, `${a.name} is legible`).toBeGreaterThanOrEqual(11);
          for (const b of boxes.slice(index + 1)) {
            const overlap =
              a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
            expect(overlap, `${view}: "${a.name}" overlaps "${b.name}"`).toBe(false);
          }
        }
      }
      expectClean(problems);
    });
  }

  /** The figure's own boxes: what a reader scrolls past. */
  const figureHeight = (page: Page) =>
    page.locator('actor-map figure').evaluate((figure) => figure.getBoundingClientRect().height);

  for (const width of [320, 390, 768, 1280]) {
    it(`keeps every relation of the "Rapporti" view apart at ${width} px: no shared run, no arrow over another actor's name, numbers legible and clear`, async () => {
      const { page, problems } = await open('', { width });
      for (const view of ['Panoramica', 'Dettaglio della visita']) {
        await page.getByRole('button', { name: view, exact: true }).click();
        // The geographic views draw no relation arrows: they show camps, capitals and the journey.
        expect(
          (await measureRelations(page, 'actor-map [data-from][data-to]', 'actor-map svg .label')).paths,
          view,
        ).toBe(0);
      }
      await page.getByRole('button', { name: 'Rapporti', exact: true }).click();
      const entries = await page.locator('actor-map .relation-key li').count();
      const geometry = await measureRelations(page, 'actor-map .diagram .relation', 'actor-map .diagram .label');
      expect(geometry.paths).toBe(entries);
      expect(entries).toBeGreaterThan(5);
      expect(geometry.overlapping).toEqual([]);
      expect(geometry.crossings).toEqual([]);
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('actor-map .diagram :is(.num text, .num .disc, .label)')].map((element) => {
          const box = element.getBoundingClientRect();
          return {
            name: `${element.closest('[data-relation], [data-actor]')?.getAttribute('data-relation') ?? element.closest('[data-actor]')?.getAttribute('data-actor')} ${element.tagName}`,
            kind: element.tagName,
            number: element.matches('.num text'),
            left: box.left,
            right: box.right,
            top: box.top,
            bottom: box.bottom,
          };
        }),
      );
      for (const box of boxes.filter((candidate) => candidate.number))
        expect(box.bottom - box.top, `${box.name} is legible`).toBeGreaterThanOrEqual(12);
      // A number's disc against every other disc and every name (its own text sits inside its disc).
      const discs = boxes.filter((box) => box.kind === 'circle');
      const others = boxes.filter((box) => box.kind !== 'circle' && !box.number);
      for (const [index, a] of discs.entries()) {
        for (const b of [...discs.slice(index + 1), ...others]) {
          const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          expect(overlap, `"${a.name}" overlaps "${b.name}"`).toBe(false);
        }
      }
      // Every relation is reachable by keyboard: each number is a link in the tab order.
      expect(
        await page
          .locator('actor-map .diagram a.num')
          .evaluateAll((links) =>
            links.every(
              (link) => link.getAttribute('href')?.startsWith('#rapporto-') && (link as SVGAElement).tabIndex >= 0,
            ),
          ),
      ).toBe(true);
      expectClean(problems);
    });
  }

  /** The relations drawn at full strength and the text of the label shown over the diagram. */
  const litRelations = (page: Page) =>
    page.evaluate(() => ({
      lit: [...document.querySelectorAll('actor-map .diagram .rel')]
        .filter((rel) => Number(getComputedStyle(rel).opacity) > 0.5)
        .map((rel) => rel.getAttribute('data-relation')),
      caption: document.querySelector('actor-map [data-relation-caption]')?.textContent ?? '',
      listed: [...document.querySelectorAll('actor-map .relation-key li.active')].map((item) => item.id),
    }));

  it('highlights one relation alone and shows its label when its arrow is hovered or focused, or its entry in the list', async () => {
    const { page, problems } = await open('', { width: 1280 });
    await page.getByRole('button', { name: 'Rapporti', exact: true }).click();
    const relation = 'paese-ostile';
    await page.locator(`actor-map .diagram [data-relation="${relation}"] .num`).hover();
    await expect
      .poll(() => litRelations(page))
      .toEqual({
        lit: [relation],
        caption: expect.stringContaining('Nella lista russa dei Paesi'),
        listed: [`rapporto-${relation}`],
      });
    await page.mouse.move(0, 0);
    await expect.poll(async () => (await litRelations(page)).lit.length).toBeGreaterThan(5);
    // From the list, by keyboard: its link takes focus and lights the arrow.
    await page.locator('actor-map .relation-key li[data-relation="droni-iraniani"] a').focus();
    await expect
      .poll(() => litRelations(page))
      .toEqual({
        lit: ['droni-iraniani'],
        caption: expect.stringContaining('Droni inviati alla Russia'),
        listed: ['rapporto-droni-iraniani'],
      });
    // A number on the diagram, by keyboard: Enter follows it to its entry in the list.
    await page.locator('actor-map .diagram [data-relation="tensioni-stretto"] .num').focus();
    await expect.poll(async () => (await litRelations(page)).lit).toEqual(['tensioni-stretto']);
    await page.locator('actor-map .diagram [data-relation="tensioni-stretto"] .num').press('Enter');
    await page.waitForFunction(() => location.hash === '#rapporto-tensioni-stretto');
    expect(await page.locator('#rapporto-tensioni-stretto').isVisible()).toBe(true);
    expectClean(problems);
  });

  it('opens the "Rapporti" view on a #rapporto-<id> link with that relation lit, and keeps the other views’ buttons working', async () => {
    const { page, problems } = await open('#rapporto-veto-cinese', { width: 390 });
    expect(await page.getByRole('button', { name: 'Rapporti', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect((await litRelations(page)).lit).toEqual(['veto-cinese']);
    expect(await page.locator('actor-map .frame').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Dettaglio della visita' }).click();
    expect(await page.locator('actor-map .frame').isVisible()).toBe(true);
    expect(await page.locator('actor-map .diagram').isVisible()).toBe(false);
    expect(await page.locator('actor-map svg[data-view]').getAttribute('viewBox')).toBe(
      await page.locator('actor-map').getAttribute('data-detail'),
    );
    expectClean(problems);
  });

  it('shows the diagram and its list without JavaScript behind a link, and for a #rapporto-<id> link', async () => {
    const { page } = await open('', { width: 390, javaScriptEnabled: false });
    expect(await page.locator('actor-map .diagram').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Mostra lo schema dei rapporti' }).click();
    expect(await page.locator('actor-map .diagram').isVisible()).toBe(true);
    expect(await page.locator('actor-map .relation-key li').count()).toBeGreaterThan(5);
    expect(await page.getByRole('link', { name: 'Mostra lo schema dei rapporti' }).isVisible()).toBe(false);
    const linked = await open('#rapporto-droni-iraniani', { width: 390, javaScriptEnabled: false });
    const entry = await linked.page.locator('#rapporto-droni-iraniani').evaluate((item) => ({
      top: item.getBoundingClientRect().top,
      bottom: item.getBoundingClientRect().bottom,
      viewport: innerHeight,
    }));
    expect(entry.top).toBeGreaterThan(0);
    expect(entry.bottom).toBeLessThan(entry.viewport);
  });

  for (const [width, height, limit] of [
    [390, 844, 1350],
    [1280, 900, 1100],
  ] as const) {
    for (const javaScriptEnabled of [true, false]) {
      it(`keeps the figure within ${limit} px at ${width}×${height}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}, and a deep-linked actor's card in view`, async () => {
        const { page } = await open('', { width, height, javaScriptEnabled });
        expect(await figureHeight(page)).toBeLessThanOrEqual(limit);
        // Map, caption, legend and the link to the cards are all in it.
        expect(await page.locator('actor-map figure .frame').isVisible()).toBe(true);
        expect(await page.locator('actor-map figure a[href="#schede-attori"]').isVisible()).toBe(true);
        const linked = await open('#attore-giappone', { width, height, javaScriptEnabled });
        // Without the script the card itself is the target; with it, the panel under the map.
        const target = javaScriptEnabled ? 'actor-map [data-panel]' : '#attore-giappone';
        await expect
          .poll(() =>
            linked.page.locator(target).evaluate((element) => {
              const box = element.getBoundingClientRect();
              return box.height > 0 && box.top < innerHeight && box.bottom > 0;
            }),
          )
          .toBe(true);
      });
    }
  }

  for (const width of [320, 390, 768, 1280]) {
    it(`fans out crowded stops with leader lines that do not cross, and badges that do not overlap, at ${width} px`, async () => {
      const { page, problems } = await open('', { width });
      await page.getByRole('button', { name: 'Dettaglio della visita' }).click();
      const stops = await page.evaluate(() =>
        [...document.querySelectorAll<SVGAElement>('actor-map a.stop')].map((stop) => {
          const leader = stop.querySelector<SVGPathElement>('.leader')!;
          const matrix = leader.getScreenCTM()!;
          const end = (length: number) => {
            const point = leader.getPointAtLength(length);
            const screen = new DOMPoint(point.x, point.y).matrixTransform(matrix);
            return [screen.x, screen.y] as [number, number];
          };
          const badge = stop.querySelector('.badge')!.getBoundingClientRect();
          return {
            id: stop.id,
            from: end(0),
            to: end(leader.getTotalLength()),
            badge: { x: badge.x + badge.width / 2, y: badge.y + badge.height / 2, r: badge.width / 2 },
          };
        }),
      );
      expect(stops.length).toBeGreaterThan(5);
      const cross = ([a1, a2]: [number, number][], [b1, b2]: [number, number][]) => {
        const side = (p: number[], q: number[], r: number[]) =>
          Math.sign((q[0]! - p[0]!) * (r[1]! - p[1]!) - (q[1]! - p[1]!) * (r[0]! - p[0]!));
        return side(b1!, b2!, a1!) * side(b1!, b2!, a2!) < 0 && side(a1!, a2!, b1!) * side(a1!, a2!, b2!) < 0;
      };
      for (const [index, a] of stops.entries())
        for (const b of stops.slice(index + 1)) {
          expect(cross([a.from, a.to], [b.from, b.to]), `leaders of ${a.id} and ${b.id} cross`).toBe(false);
          expect(
            Math.hypot(a.badge.x - b.badge.x, a.badge.y - b.badge.y),
            `badges of ${a.id} and ${b.id}`,
          ).toBeGreaterThanOrEqual(a.badge.r + b.badge.r - 1);
        }
      expectClean(problems);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`draws camps, journey and relations at 3:1 or more against what lies under them (${colorScheme})`, async () => {
      const { page, problems } = await open('', { width: 1280, colorScheme });
      const pairs = await page.evaluate(() => {
        /** A computed colour (`rgb(r, g, b)`, the form the browser gives fills, strokes and backgrounds) to [r, g, b]. */
        const rgb = (color: string) =>
          color
            .match(/[\d.]+/g)!
            .slice(0, 3)
            .map(Number);
        const luminance = (color: string) => {
          const [r, g, b] = rgb(color)
            .map((value) => value / 255)
            .map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const ratio = (a: string, b: string) => {
          const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
          return (high! + 0.05) / (low! + 0.05);
        };
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        const sea = style('actor-map .sea').fill;
        const land = style('actor-map .land').fill;
        const page = getComputedStyle(document.body).backgroundColor;
        const result: [string, number][] = [];
        for (const camp of ['asse', 'occidente', 'equilibrio']) {
          const marker = style(`actor-map .actor.c-${camp} .mk, actor-map .legend .c-${camp} .mk`).fill;
          const tint = style(`actor-map .legend .c-${camp} .tint`).fill;
          const outline = style(`actor-map .legend .c-${camp} .tint`).stroke;
          result.push(
            [`${camp} marker on its tint`, ratio(marker, tint)],
            [`${camp} marker on the sea`, ratio(marker, sea)],
            [`${camp} outline on the sea`, ratio(outline, sea)],
            [`${camp} outline on land`, ratio(outline, land)],
          );
        }
        const route = style('actor-map .route').stroke;
        const ink = style('actor-map .diagram .relation').stroke;
        const diagram = style('actor-map .diagram').backgroundColor;
        result.push(['route on the sea', ratio(route, sea)], ['route on land', ratio(route, land)]);
        for (const camp of ['asse', 'occidente', 'equilibrio'])
          result.push([`route on ${camp}`, ratio(route, style(`actor-map .legend .c-${camp} .tint`).fill)]);
        result.push(
          ['relation arrow on the diagram', ratio(ink, diagram)],
          ['number disc ring on the diagram', ratio(style('actor-map .diagram .num .disc').stroke, diagram)],
        );
        result.push(['stop badge ring on the page', ratio(style('actor-map .stop .badge').stroke, page)]);
        return result;
      });
      for (const [name, value] of pairs) expect(value, name).toBeGreaterThanOrEqual(3);
      expectClean(problems);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has zero axe violations with an actor selected (${colorScheme})`, async () => {
      const { page, problems } = await open('#attore-russia', { colorScheme });
      expect(await selected(page)).toBe('russia');
      expect(await runAxe(page)).toEqual([]);
      // The "Rapporti" view with one relation lit.
      await page.getByRole('button', { name: 'Rapporti', exact: true }).click();
      await page.locator('actor-map .relation-key li a').first().focus();
      expect(await runAxe(page)).toEqual([]);
      expectClean(problems);
    });
  }

  it('is complete without JavaScript: the SVG with every actor and the actor list', async () => {
    const { page } = await open('', { javaScriptEnabled: false });
    const names = [
      'Corea del Nord',
      'Russia',
      'Cina',
      'Stati Uniti',
      'Giappone',
      'Corea del Sud',
      'Taiwan',
      'Ucraina',
      'Iran',
    ];
    const svgNames = await page.locator('actor-map svg a.actor .lo text').allTextContents();
    expect(svgNames.sort()).toEqual([...names].sort());
    // The cards are after the article now, linked from the figure.
    const listNames = await page.locator('#schede-attori h3').allTextContents();
    expect(listNames.sort()).toEqual([...names].sort());
    expect(await page.locator('actor-map [data-views]').isHidden()).toBe(true);
    await page.locator('.prose a.actor-mention', { hasText: 'Taiwan' }).click();
    expect(page.url()).toBe(`${site.server.url}${ARTICLE}#attore-taiwan`);
  });

  it('marks the actor card and the timeline event a link lands on, without JavaScript, and not once the script owns the selection', async () => {
    const border = (page: Page, selector: string) =>
      page.locator(selector).evaluate((element) => getComputedStyle(element).borderTopWidth);
    const { page } = await open('#attore-taiwan', { javaScriptEnabled: false });
    expect(await border(page, '#attore-taiwan')).toBe('2px');
    expect(await border(page, '#attore-cina')).toBe('1px');
    const event = await open('#tappa-vertice-a-vostochny', { javaScriptEnabled: false });
    const background = (selector: string) =>
      event.page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background('#tappa-vertice-a-vostochny')).not.toBe(await background('#tappa-arrivo-a-vostochny'));
    const scripted = await open('#attore-taiwan');
    await mapActor(scripted.page, 'Giappone').click();
    expect(await border(scripted.page, '#attore-taiwan')).toBe('1px');
  });

  /** Where an element is on screen: its box and the viewport's height. */
  const onScreen = (page: Page, selector: string) =>
    page.evaluate((target) => {
      const box = document.querySelector(target)!.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, height: box.height, viewport: innerHeight };
    }, selector);
  const view = (page: Page) =>
    page.evaluate(() => document.querySelector('actor-map svg[data-view]')?.getAttribute('data-view'));

  it('takes the timeline’s “Tappa N sulla mappa” link to the stop without JavaScript, with the journey shown', async () => {
    const { page } = await open('', { width: 390, javaScriptEnabled: false });
    expect((await onScreen(page, '#mappa-tappa-4')).height).toBe(0);
    await page.locator('#tappa-arrivo-a-vostochny .stop-ref a').click();
    expect(page.url()).toBe(`${site.server.url}${ARTICLE}#mappa-tappa-4`);
    const stop = await onScreen(page, '#mappa-tappa-4');
    expect(stop.height).toBeGreaterThan(0);
    expect(stop.top).toBeGreaterThan(0);
    expect(stop.bottom).toBeLessThan(stop.viewport);
    // The map around the stop is in view too (here, stop 4 is near its top edge), not only the stop under the header.
    expect((await onScreen(page, 'actor-map .frame')).top).toBeGreaterThan(0);
    // The overview's names give way to the numbered stops.
    expect(await page.locator('actor-map a.actor .lo').first().isVisible()).toBe(false);
  });

  /** Ids of the stops drawn as current: their badge has the accent fill. */
  const highlightedStops = (page: Page) =>
    page.evaluate(() => {
      const accent = getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim();
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
      probe.style.fill = accent;
      document.querySelector('actor-map svg[data-view]')!.append(probe);
      const accentFill = getComputedStyle(probe).fill;
      probe.remove();
      return [...document.querySelectorAll('actor-map a.stop')]
        .filter((stop) => getComputedStyle(stop.querySelector('.badge')!).fill === accentFill)
        .map((stop) => stop.id);
    });

  it('lets a stop link go once the reader moves on: one current stop, and no journey in the overview', async () => {
    const { page, problems } = await open('#mappa-tappa-4', { width: 1280 });
    await expect.poll(() => view(page)).toBe('detail');
    expect(await highlightedStops(page)).toEqual(['mappa-tappa-4']);
    await page.locator('#tappa-fabbrica-di-komsomolsk a.event-link').click();
    await expect.poll(() => highlightedStops(page)).toEqual(['mappa-tappa-5']);
    await page.getByRole('button', { name: 'Panoramica' }).click();
    expect(await page.locator('actor-map .journey').evaluate((journey) => getComputedStyle(journey).display)).toBe(
      'none',
    );
    expectClean(problems);
  });

  it('closes an open actor when a stop link is followed', async () => {
    const { page, problems } = await open('#attore-giappone', { width: 1280 });
    expect(await selected(page)).toBe('giappone');
    await page.evaluate(() => {
      location.hash = '#mappa-tappa-6';
    });
    await page.waitForFunction(
      () => document.querySelector('actor-map a.stop[aria-current="true"]')?.id === 'mappa-tappa-6',
    );
    expect(await selected(page)).toBeNull();
    expect(await page.locator('actor-map [data-panel]').isHidden()).toBe(true);
    const frame = await onScreen(page, 'actor-map .frame');
    expect(frame.top).toBeGreaterThanOrEqual(0);
    expect(frame.bottom).toBeLessThanOrEqual(frame.viewport);
    expectClean(problems);
  });

  it('opens a link to a stop in the detail view, with the stop marked current', async () => {
    const { page, problems } = await open('#mappa-tappa-5', { width: 390 });
    await expect.poll(() => view(page)).toBe('detail');
    expect(await page.locator('actor-map a.stop[aria-current="true"]').getAttribute('id')).toBe('mappa-tappa-5');
    const stop = await onScreen(page, '#mappa-tappa-5');
    expect(stop.top).toBeGreaterThan(0);
    expect(stop.bottom).toBeLessThan(stop.viewport);
    expectClean(problems);
  });
});
