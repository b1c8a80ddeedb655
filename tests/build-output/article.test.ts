import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build';
import { listFiles, normalise, readHtml } from '../helpers/html';
import { CHROME_STRINGS, seedArticle } from '../helpers/seed';
import { SLUG } from '../helpers/article';

const DIST = join(ROOT, 'dist');
const articlePage = () => readHtml(join(DIST, SLUG, 'index.html'));
const seed = seedArticle();

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('the article page in dist/', () => {
  it('has every paragraph of the seed article exactly once, words unchanged', () => {
    const text = normalise(articlePage().querySelector('main')!.textContent);
    // 1 lead + 3 + 4 + 6 + 4 paragraphs in the four sections.
    expect(seed.paragraphs.length).toBe(18);
    for (const paragraph of seed.paragraphs) {
      expect(occurrences(text, normalise(paragraph)), paragraph.slice(0, 60)).toBe(1);
    }
  });

  it('has the title as its only h1 and the four sections as h2 with stable Italian ids', () => {
    const page = articlePage();
    expect(page.querySelectorAll('h1').map((h1) => normalise(h1.textContent))).toEqual([seed.title]);
    const sections = page.querySelectorAll('main .prose h2[id]').map((h2) => [h2.id, normalise(h2.textContent)]);
    expect(sections).toEqual([
      ['la-corea-del-nord-dallinizio-della-guerra-in-ucraina', seed.headings[0]],
      ['il-viaggio-di-kim-jong-un-in-russia', seed.headings[1]],
      ['cosa-aspettarsi-dal-viaggio-in-russia', seed.headings[2]],
      ['conclusione', seed.headings[3]],
    ]);
  });

  it('gives every section heading an anchor link named "Link alla sezione …"', () => {
    const page = articlePage();
    for (const h2 of page.querySelectorAll('main .prose h2[id]')) {
      const anchor = page.querySelector(`a[href="#${h2.id}"].heading-anchor`);
      expect(anchor, h2.id).not.toBeNull();
      const [labelId, headingId] = anchor!.getAttribute('aria-labelledby')!.split(' ');
      expect(normalise(page.getElementById(labelId!)!.textContent)).toBe('Link alla sezione');
      expect(headingId).toBe(h2.id);
    }
  });

  it('shows only the title and the reading time above the text: the editors’ summary stays in the head', () => {
    const page = articlePage();
    const summary = page.querySelector('meta[name="description"]')!.getAttribute('content')!;
    const header = page.querySelector('.article-header')!.children.map((child) => normalise(child.textContent));
    expect(header).toEqual([seed.title, '6 min di lettura']);
    expect(normalise(page.querySelector('main')!.textContent)).not.toContain(normalise(summary));
  });

  it('says the text is reproduced unchanged only on the page that shows it', () => {
    const note = 'Testo dell’articolo riprodotto senza modifiche';
    expect(normalise(articlePage().querySelector('footer')!.textContent)).toContain(note);
    expect(normalise(readHtml(join(DIST, '404.html')).textContent)).not.toContain(note);
  });

  it('shows the reading time computed from the text, in Italian', () => {
    expect(normalise(articlePage().querySelector('.article-header')!.textContent)).toContain('6 min di lettura');
  });

  it('has lang="it", the title and the description in the head', () => {
    const page = articlePage();
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('it');
    expect(page.querySelector('title')!.textContent).toBe(seed.title);
    expect(page.querySelector('meta[name="description"]')!.getAttribute('content')).toMatch(
      /^Il viaggio di Kim Jong-un/,
    );
  });

  it('starts with a skip link to main and has header, nav, main and footer landmarks', () => {
    const page = articlePage();
    const firstLink = page.querySelector('body a')!;
    expect(normalise(firstLink.textContent)).toBe('Vai al contenuto');
    expect(page.getElementById(firstLink.getAttribute('href')!.slice(1))!.tagName).toBe('MAIN');
    for (const landmark of ['body > header', 'nav', 'main', 'body > footer']) {
      expect(page.querySelectorAll(landmark).length, landmark).toBe(1);
    }
  });

  it('lists the four sections in the table of contents, the map and the journey day by day under the second, then the full chronology, the actors’ cards and the updates log', () => {
    const page = articlePage();
    const links = page.querySelectorAll('nav a').map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '#la-corea-del-nord-dallinizio-della-guerra-in-ucraina',
      '#il-viaggio-di-kim-jong-un-in-russia',
      '#mappa',
      '#cronologia',
      '#cosa-aspettarsi-dal-viaggio-in-russia',
      '#conclusione',
      '#cronologia-completa',
      '#schede-attori',
      '#aggiornamenti',
    ]);
    expect(page.querySelectorAll('nav ol ol a').map((a) => a.getAttribute('href'))).toEqual(['#mappa', '#cronologia']);
    expect(page.getElementById('mappa')?.tagName).toBe('ACTOR-MAP');
    // The overview stands where the article places the timeline; the chronology comes after the text.
    expect(page.getElementById('cronologia')?.closest('.prose')).not.toBeNull();
    expect(page.getElementById('cronologia-completa')?.tagName).toBe('VISIT-TIMELINE');
    expect(page.getElementById('cronologia-completa')?.closest('.prose')).toBeNull();
  });
});

describe('every page in dist/', () => {
  const files = listFiles(DIST);
  const pages = files.filter((file) => file.endsWith('.html'));

  it('contains none of the page chrome of the scrape, in any file', () => {
    for (const file of files.filter((name) => /\.(html|js|css|xml|txt|json|svg)$/.test(name))) {
      const text = readFileSync(join(DIST, file), 'utf8');
      for (const chrome of CHROME_STRINGS) expect(text.includes(chrome), `${chrome} in ${file}`).toBe(false);
    }
  });

  it('has unique ids, and every #fragment link resolves on its page', () => {
    for (const file of pages) {
      const page = readHtml(join(DIST, file));
      const ids = page.querySelectorAll('[id]').map((element) => element.id);
      expect(new Set(ids).size, `duplicate id in ${file}`).toBe(ids.length);
      for (const link of page.querySelectorAll('a[href^="#"]')) {
        const target = decodeURIComponent(link.getAttribute('href')!.slice(1));
        expect(ids, `${file}: #${target}`).toContain(target);
      }
    }
  });

  it('declares Italian, a title and a description', () => {
    for (const file of pages) {
      const page = readHtml(join(DIST, file));
      expect(page.querySelector('html')!.getAttribute('lang'), file).toBe('it');
      expect(page.querySelector('title')!.textContent.length, file).toBeGreaterThan(5);
      expect(page.querySelector('meta[name="description"]')!.getAttribute('content')!.length, file).toBeGreaterThan(20);
    }
  });
});

describe('the home page', () => {
  it('shows the article title and its lead, linking to the article', () => {
    const home = readHtml(join(DIST, 'index.html'));
    const text = normalise(home.querySelector('main')!.textContent);
    expect(text).toContain(seed.title);
    expect(text).toContain(normalise(seed.paragraphs[0]!));
    expect(home.querySelector(`a[href="/${SLUG}/"]`)).not.toBeNull();
  });
});

describe('the actor list in dist/', () => {
  const actors: { id: string; name: string }[] = JSON.parse(readFileSync(join(ROOT, 'content', 'actors.json'), 'utf8'));
  const relations: { from: string; to: string; label: string }[] = JSON.parse(
    readFileSync(join(ROOT, 'content', 'relations.json'), 'utf8'),
  );
  const nameOf = (id: string) => actors.find((actor) => actor.id === id)!.name;

  it('gives each relation a line of its own: the other actor, then what passes between them', () => {
    const page = articlePage();
    for (const actor of actors) {
      const card = page.querySelector(`#schede-attori li[data-actor="${actor.id}"]`)!;
      const items = card.querySelectorAll('ul.relations-list > li');
      // Each line ends with what the relation rests on (a section link, sources), checked in editorial.test.ts.
      const lines = items.map((line) =>
        normalise(line.textContent.replace(line.querySelector('.basis')?.textContent ?? '', '')),
      );
      const expected = [
        ...relations
          .filter((relation) => relation.from === actor.id)
          .map((relation) => `${nameOf(relation.to)}: ${relation.label}`),
        ...relations
          .filter((relation) => relation.to === actor.id)
          .map((relation) => `${nameOf(relation.from)}: ${relation.label}`),
      ];
      // The content store does not keep file order: the same lines, in any order.
      expect([...lines].sort(), actor.id).toEqual(expected.sort());
    }
  });
});
