import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_FILE, SLUG } from '../helpers/article';
import { ROOT, runAstroBuild } from '../helpers/build';
import { makeFixtureProject } from '../helpers/fixture';
import { readHtml } from '../helpers/html';

const listed = JSON.parse(readFileSync(join(ROOT, 'content/permalinks.json'), 'utf8')) as string[];
const articleDir = (root: string) => join(root, 'dist', SLUG);
const readPage = (root: string) => readHtml(join(articleDir(root), 'index.html'));
const readSharePage = (root: string, fragment: string) =>
  readHtml(join(articleDir(root), 'condividi', fragment, 'index.html'));
/** Where a share page sends readers: its refresh and its canonical, which must agree. */
function destinationOf(sharePage: ReturnType<typeof readHtml>): string {
  const refresh = sharePage.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')!;
  const canonical = sharePage.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
  expect(refresh).toBe(`0; url=${canonical}`);
  return canonical;
}

describe('content/permalinks.json against the built dist/', () => {
  const page = readPage(ROOT);

  it('lists the article’s sections, events, actors, stops, relations and updates, and their share pages', () => {
    for (const path of [
      `/${SLUG}/#conclusione`,
      `/${SLUG}/#tappa-oceanario`,
      `/${SLUG}/#attore-giappone`,
      `/${SLUG}/#mappa-tappa-1`,
      `/${SLUG}/#rapporto-veto-russo`,
      `/${SLUG}/#aggiornamento-italiano`,
      `/${SLUG}/condividi/tappa-vertice-a-vostochny/`,
    ])
      expect(listed).toContain(path);
  });

  it('every listed fragment is an element of the page, and every listed share page sends readers to one', () => {
    for (const path of listed) {
      const fragment = /^\/[^/]+\/#(.+)$/.exec(path)?.[1];
      const shared = /^\/[^/]+\/condividi\/([^/]+)\/$/.exec(path)?.[1];
      expect(fragment ?? shared, path).toBeDefined();
      if (fragment) expect(page.getElementById(fragment), path).not.toBeNull();
      if (shared) {
        const destination = destinationOf(readSharePage(ROOT, shared));
        expect(destination, path).toBe(`/${SLUG}/#${shared}`);
        expect(page.getElementById(shared), path).not.toBeNull();
      }
    }
  });

  it('holds every fragment the page links to and every share page (else: npm run permalinks)', () => {
    const ids = new Set(page.querySelectorAll('[id]').map((element) => element.id));
    const linked = page
      .querySelectorAll('a[href^="#"]')
      .map((link) => link.getAttribute('href')!.slice(1))
      .filter((id) => ids.has(id));
    const shared = readdirSync(join(articleDir(ROOT), 'condividi'));
    const unlisted = [
      ...linked.map((id) => `/${SLUG}/#${id}`),
      ...shared.map((fragment) => `/${SLUG}/condividi/${fragment}/`),
    ].filter((path) => !listed.includes(path));
    expect(unlisted, 'published but not in content/permalinks.json: run npm run permalinks').toEqual([]);
  });
});

describe('renaming a heading or an event id', () => {
  const fixture = makeFixtureProject();
  afterAll(fixture.remove);
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(fixture.root, file), change(readFileSync(join(fixture.root, file), 'utf8')));

  it('fails the build, naming the lost links and the alias to add, then passes with the aliases', async () => {
    // What an editor does: reword the heading and rename the event, and follow the references.
    edit(ARTICLE_FILE, (text) => text.replace('## Conclusione\n', '## Conclusioni\n'));
    for (const file of ['content/actors.json', 'content/visit.json'])
      edit(file, (text) => text.replaceAll('"conclusione"', '"conclusioni"'));
    edit('content/visit.json', (text) => text.replace('"id": "oceanario"', '"id": "visita-all-oceanario"'));

    const broken = await runAstroBuild(fixture.root);
    expect(broken.code).not.toBe(0);
    expect(broken.output).toContain(
      `content/permalinks.json › /${SLUG}/#conclusione: no element "conclusione" on the page any more.`,
    );
    expect(broken.output).toContain(`add "conclusione": "<its new id>" under "${SLUG}" in content/aliases.json`);
    expect(broken.output).toContain(
      `content/permalinks.json › /${SLUG}/condividi/conclusione/: no share page any more.`,
    );
    expect(broken.output).toContain(
      `content/permalinks.json › /${SLUG}/#tappa-oceanario: no element "tappa-oceanario"`,
    );
    expect(broken.output).toContain(`add "tappa-oceanario": "<its new id>" under "${SLUG}"`);
    expect(existsSync(join(fixture.root, 'dist'))).toBe(false);

    writeFileSync(
      join(fixture.root, 'content/aliases.json'),
      JSON.stringify({ [SLUG]: { conclusione: 'conclusioni', 'tappa-oceanario': 'tappa-visita-all-oceanario' } }),
    );
    const fixed = await runAstroBuild(fixture.root);
    expect(fixed.code, fixed.output).toBe(0);

    // The old ids sit at the start of the new elements; the old share pages send readers there.
    const page = readPage(fixture.root);
    const parentOf = (id: string) => page.getElementById(id)?.parentNode;
    expect(parentOf('conclusione')?.id).toBe('conclusioni');
    expect(parentOf('conclusione')?.tagName).toBe('H2');
    expect(parentOf('tappa-oceanario')?.id).toBe('tappa-visita-all-oceanario');
    expect(destinationOf(readSharePage(fixture.root, 'conclusione'))).toBe(`/${SLUG}/#conclusioni`);
    expect(destinationOf(readSharePage(fixture.root, 'tappa-oceanario'))).toBe(`/${SLUG}/#tappa-visita-all-oceanario`);
    expect(readSharePage(fixture.root, 'conclusione').querySelector('h1')!.text.trim()).toBe('Conclusioni');
  });
});
