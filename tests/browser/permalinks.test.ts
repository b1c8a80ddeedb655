import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SLUG } from '../helpers/article';
import { buildOrThrow } from '../helpers/build';
import { makeFixtureProject } from '../helpers/fixture';
import { changeHash, expectNoProblems, useBuiltSite } from '../helpers/site';

// Old ids an editor might have renamed, each aliased to today's element (content/aliases.json).
const ALIASES = {
  finale: 'conclusione',
  'attore-cina-popolare': 'attore-cina',
  'tappa-voto-onu': 'tappa-voto-onu-es-11-1',
  'mappa-tappa-10': 'mappa-tappa-9',
  'rapporto-veto': 'rapporto-veto-russo',
};
const fixture = makeFixtureProject({ 'content/aliases.json': JSON.stringify({ [SLUG]: ALIASES }) });
afterAll(fixture.remove);
const site = useBuiltSite(async () => {
  await buildOrThrow(fixture.root);
  return join(fixture.root, 'dist');
});
const ARTICLE = `${SLUG}/`;

/** True once the element is drawn and its top is on screen below the sticky header (scrolling may be smooth). */
async function expectLandedOn(page: Page, id: string) {
  const landed = () =>
    page.evaluate((target) => {
      const top = document.getElementById(target)!.getBoundingClientRect().top;
      const header = document.querySelector('body > header')!.getBoundingClientRect().bottom;
      return top >= header - 1 && top < innerHeight * 0.75;
    }, id);
  await expect.poll(landed).toBe(true);
}

const selectedActor = (page: Page) =>
  page.evaluate(() => document.querySelector('actor-map svg[data-view]')?.getAttribute('data-selected') ?? null);
const currentEvent = (page: Page) =>
  page.evaluate(() => document.querySelector('visit-timeline a.event-link[aria-current="true"]')?.closest('li')?.id);

describe('an aliased old fragment lands on its new target', () => {
  it('a section: the heading comes into view below the header, with and without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, problems } = await site.open(`${ARTICLE}#finale`, { javaScriptEnabled });
      await expectLandedOn(page, 'conclusione');
      expectNoProblems(problems);
    }
  });

  it('an actor: with JavaScript the map opens it (also on hashchange), with no id copied into the panel', async () => {
    const { page, problems } = await site.open(`${ARTICLE}#attore-cina-popolare`, { width: 1280 });
    expect(await selectedActor(page)).toBe('cina');
    expect(await page.locator('actor-map [data-panel]').getAttribute('aria-label')).toMatch(/Cina$/);
    expect(await page.locator('[id="attore-cina-popolare"]').count()).toBe(1);
    await changeHash(page, '#attore-giappone');
    expect(await selectedActor(page)).toBe('giappone');
    await changeHash(page, '#attore-cina-popolare');
    expect(await selectedActor(page)).toBe('cina');
    expectNoProblems(problems);
  });

  it('an actor without JavaScript: its card comes into view, marked as the target', async () => {
    const { page, problems } = await site.open(`${ARTICLE}#attore-cina-popolare`, { javaScriptEnabled: false });
    await expectLandedOn(page, 'attore-cina');
    const card = page.locator('#attore-cina');
    expect(await card.evaluate((element) => getComputedStyle(element).borderTopWidth)).toBe('2px');
    expectNoProblems(problems);
  });

  it('an event in a closed period: selected with JavaScript, shown with its period open without', async () => {
    const withScript = await site.open(`${ARTICLE}#tappa-voto-onu`, { width: 1280, height: 900 });
    expect(await currentEvent(withScript.page)).toBe('tappa-voto-onu-es-11-1');
    await expectLandedOn(withScript.page, 'tappa-voto-onu-es-11-1');
    expectNoProblems(withScript.problems);
    const without = await site.open(`${ARTICLE}#tappa-voto-onu`, { javaScriptEnabled: false });
    await expectLandedOn(without.page, 'tappa-voto-onu-es-11-1');
    expect(
      await without.page.locator('#tappa-voto-onu-es-11-1').evaluate((item) => item.closest('details')!.open),
    ).toBe(true);
    expectNoProblems(without.problems);
  });

  it('a stop of the journey and a relation: the map marks the stop and lights the relation', async () => {
    const { page, problems } = await site.open(`${ARTICLE}#mappa-tappa-10`, { width: 1280 });
    expect(await page.locator('actor-map a.stop[aria-current="true"]').getAttribute('id')).toBe('mappa-tappa-9');
    await changeHash(page, '#rapporto-veto');
    expect(await page.locator('actor-map').getAttribute('data-view')).toBe('relations');
    expect(await page.locator('#rapporto-veto-russo').getAttribute('class')).toContain('active');
    expectNoProblems(problems);
  });
});

describe('an aliased old share page', () => {
  it('sends readers to the new fragment, with and without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, problems } = await site.open(`${SLUG}/condividi/finale/`, { javaScriptEnabled });
      await page.waitForURL(`**/${ARTICLE}#conclusione`);
      await expectLandedOn(page, 'conclusione');
      expectNoProblems(problems);
    }
  });
});
