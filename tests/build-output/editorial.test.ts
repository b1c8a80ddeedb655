import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { HTMLElement } from 'node-html-parser';
import { ROOT, buildOrThrow } from '../helpers/build';
import { makeFixtureProject } from '../helpers/fixture';
import { normalise, readHtml } from '../helpers/html';
import { ARTICLE_FILE, SLUG } from '../helpers/article';

const jsonLd = (page: HTMLElement) =>
  JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text) as Record<string, unknown>;
const feedLinks = (page: HTMLElement) => page.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]');

describe('the editors’ part of the article page in dist/', () => {
  const page = readHtml(join(ROOT, 'dist', SLUG, 'index.html'));
  const updates = JSON.parse(readFileSync(join(ROOT, 'content/updates.json'), 'utf8')) as {
    id: string;
    date: string;
    kind: string;
    fragment?: string;
  }[];

  it('backs every actor’s role and every relation on the cards with a section link or sources', () => {
    const cards = page.querySelectorAll('#schede-attori > ul > li');
    expect(cards.length).toBe(9);
    for (const card of cards) {
      const items = [card, ...card.querySelectorAll('.relations-list > li')];
      for (const item of items) {
        const basis = item.querySelector('.basis');
        expect(basis, `${card.id}: ${normalise(item.textContent).slice(0, 60)}`).not.toBeNull();
        const links = basis!.querySelectorAll('a').map((link) => link.getAttribute('href')!);
        expect(links.length).toBeGreaterThan(0);
        for (const href of links)
          expect(
            href.startsWith('#') ? page.getElementById(href.slice(1)) !== null : /^https?:\/\//.test(href),
            href,
          ).toBe(true);
      }
    }
  });

  it('shows the updates log after the article text: one date heading per day, newest first, each entry under its day', () => {
    const log = page.querySelector('main .updates')!;
    expect(normalise(log.querySelector('h2')!.textContent)).toBe('Aggiornamenti e correzioni');
    // After the author's text, outside it.
    expect(page.querySelector('.prose .updates')).toBeNull();
    const headings = log.querySelectorAll('h3');
    const dates = headings.map((heading) => heading.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...new Set(updates.map((update) => update.date))].sort().reverse());
    expect(normalise(headings[0]!.textContent)).toBe('6 dicembre 2026');
    const byId = new Map(updates.map((update) => [update.id, update]));
    let entries = 0;
    for (const heading of headings) {
      const date = heading.querySelector('time')!.getAttribute('datetime');
      const list = heading.nextElementSibling!;
      expect(list.tagName).toBe('OL');
      for (const item of list.querySelectorAll(':scope > li')) {
        entries += 1;
        const update = byId.get(item.id.replace('aggiornamento-', ''))!;
        expect(update, item.id).toBeDefined();
        expect(update.date, item.id).toBe(date);
        // The date once, in the heading; the kind as the entry's label.
        expect(item.querySelector('time'), item.id).toBeNull();
        expect(normalise(item.querySelector('.kind')!.textContent)).toBe(
          update.kind === 'correzione' ? 'Correzione' : 'Aggiornamento',
        );
        if (update.fragment) {
          expect(item.querySelector(`a[href="#${update.fragment}"]`), item.id).not.toBeNull();
          expect(page.getElementById(update.fragment), update.fragment).not.toBeNull();
        }
      }
    }
    expect(entries).toBe(updates.length);
  });

  it('gives the JSON-LD the newest entry’s date as dateModified, and still no publication date or author', () => {
    const data = jsonLd(page);
    expect(data.dateModified).toBe('2026-12-06');
    for (const invented of ['author', 'datePublished', 'publisher']) expect(data).not.toHaveProperty(invented);
  });

  it('without SITE emits no feed and links to none', () => {
    expect(existsSync(join(ROOT, 'dist', 'aggiornamenti.xml'))).toBe(false);
    expect(feedLinks(page)).toHaveLength(0);
  });
});

const SITE = 'https://spiegazioni.test';
const BASE = '/spiegazioni/corea-russia/';
const FIXTURE_UPDATES = [
  {
    id: 'prima',
    date: '2026-10-05',
    kind: 'aggiornamento',
    article: SLUG,
    text: 'Aggiunta una fonte alla cronologia.',
  },
  {
    id: 'seconda',
    date: '2026-11-20',
    kind: 'correzione',
    article: SLUG,
    text: 'Corretta la scheda della Cina.',
    fragment: 'attore-cina',
  },
];

describe(`a build with SITE and BASE ${BASE}, its own updates and a credited source`, () => {
  const fixture = makeFixtureProject({
    'content/updates.json': JSON.stringify(FIXTURE_UPDATES),
    // The fixture's log replaces the real one, whose entries' published fragments would otherwise fail the build.
    'content/permalinks.json': JSON.stringify(
      (JSON.parse(readFileSync(join(ROOT, 'content/permalinks.json'), 'utf8')) as string[]).filter(
        (path) => !path.includes('#aggiornamento-'),
      ),
    ),
    [ARTICLE_FILE]: readFileSync(join(ROOT, ARTICLE_FILE), 'utf8').replace(
      /^lang: it$/m,
      'lang: it\nsource:\n  outlet: "Rivista di prova"\n  url: "https://rivista.test/ombra"\n  author: "Maria Rossi"',
    ),
  });
  const dist = join(fixture.root, 'dist');
  let page: HTMLElement;
  let feedText: string;
  beforeAll(async () => {
    await buildOrThrow(fixture.root, { SITE, BASE });
    page = readHtml(join(dist, SLUG, 'index.html'));
    feedText = readFileSync(join(dist, 'aggiornamenti.xml'), 'utf8');
  });
  afterAll(() => fixture.remove());

  it('links the page to the feed with its absolute address under BASE', () => {
    expect(feedLinks(page).map((link) => link.getAttribute('href'))).toEqual([`${SITE}${BASE}aggiornamenti.xml`]);
  });

  it('writes a well-formed RSS 2.0 feed with the required channel and item elements', () => {
    expect(XMLValidator.validate(feedText)).toBe(true);
    const { rss } = new XMLParser({ ignoreAttributes: false }).parse(feedText);
    expect(rss['@_version']).toBe('2.0');
    const channel = rss.channel;
    for (const field of ['title', 'link', 'description']) expect(String(channel[field] ?? ''), field).not.toBe('');
    expect(channel.language).toBe('it');
    const items = [channel.item].flat();
    expect(items.map((item: { description: string }) => item.description)).toEqual([
      'Corretta la scheda della Cina.',
      'Aggiunta una fonte alla cronologia.',
    ]);
    expect(items.map((item: { pubDate: string }) => new Date(item.pubDate).toISOString().slice(0, 10))).toEqual([
      '2026-11-20',
      '2026-10-05',
    ]);
    for (const item of items) expect(item.title).toMatch(/^(Correzione|Aggiornamento): L’ombra dell’alleanza/);
  });

  it('uses only absolute links under BASE, each item’s leading to its entry on the article page', () => {
    const { rss } = new XMLParser({ ignoreAttributes: false }).parse(feedText);
    expect(rss.channel.link).toBe(`${SITE}${BASE}`);
    expect(rss.channel['atom:link']['@_href']).toBe(`${SITE}${BASE}aggiornamenti.xml`);
    const items = [rss.channel.item].flat() as { link: string; guid: { '#text': string } }[];
    expect(items.map((item) => item.link)).toEqual([
      `${SITE}${BASE}${SLUG}/#aggiornamento-seconda`,
      `${SITE}${BASE}${SLUG}/#aggiornamento-prima`,
    ]);
    for (const item of items) {
      expect(item.guid['#text']).toBe(item.link);
      expect(page.getElementById(new URL(item.link).hash.slice(1)), item.link).not.toBeNull();
    }
    // The entry with a fragment links on to what it changed.
    expect(page.querySelector('#aggiornamento-seconda a')?.getAttribute('href')).toBe('#attore-cina');
  });

  it('dates the page by its newest update and names the frontmatter’s author', () => {
    const data = jsonLd(page);
    expect(data.dateModified).toBe('2026-11-20');
    expect(data.author).toEqual({ '@type': 'Person', name: 'Maria Rossi' });
    expect(data).not.toHaveProperty('datePublished');
  });

  it('shows the credit line under the title, linking to the original', () => {
    const credit = page.querySelector('.article-header .credit')!;
    expect(normalise(credit.textContent)).toBe('Testo di Maria Rossi · Pubblicato originariamente da Rivista di prova');
    expect(credit.querySelector('a')!.getAttribute('href')).toBe('https://rivista.test/ombra');
  });
});
