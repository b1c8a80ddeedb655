import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAstroBuild } from '../helpers/build';
import { makeFixtureProject } from '../helpers/fixture';
import { normalise, readHtml } from '../helpers/html';
import { ARTICLE_FILE as ARTICLE, SLUG } from '../helpers/article';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((remove) => remove()));

/** An article file with the frontmatter the schema asks for. */
const mdxArticle = (title: string, description: string, body: string) =>
  ['---', `title: "${title}"`, `description: "${description}"`, 'lang: it', '---', '', body].join('\n');

describe('the article collection', () => {
  it('gives a second .mdx entry its own page and a place on the home page, with no code change', async () => {
    const fixture = makeFixtureProject({
      'content/article/seconda-analisi.mdx': mdxArticle(
        'Seconda analisi di prova',
        'Una seconda voce della raccolta, scritta solo per questo test.',
        'Primo paragrafo della seconda analisi.\n\n## Una sezione\n\nTesto della sezione.',
      ),
    });
    cleanups.push(fixture.remove);
    const result = await runAstroBuild(fixture.root);
    expect(result.code, result.output).toBe(0);
    const page = readHtml(join(fixture.root, 'dist', 'seconda-analisi', 'index.html'));
    expect(normalise(page.querySelector('h1')!.textContent)).toBe('Seconda analisi di prova');
    expect(page.querySelector('h2#una-sezione')).not.toBeNull();
    const home = normalise(readHtml(join(fixture.root, 'dist', 'index.html')).textContent);
    expect(home).toContain('Seconda analisi di prova');
    expect(home).toContain('Primo paragrafo della seconda analisi.');
  });

  it('fails the build when an article links to an actor but has no map to open it on', async () => {
    const fixture = makeFixtureProject({
      'content/article/senza-mappa.mdx': mdxArticle(
        'Analisi senza mappa',
        'Una voce che nomina un attore ma non incorpora la mappa, scritta solo per questo test.',
        'Il ruolo della <Actor id="cina">Cina</Actor> resta centrale.',
      ),
    });
    cleanups.push(fixture.remove);
    const result = await runAstroBuild(fixture.root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'content/article/senza-mappa.mdx › <Actor id="cina"> › id: the article links to an actor but embeds no <ActorMap />',
    );
  });

  it('fails the build naming the file and the field when a frontmatter field is mistyped', async () => {
    const original = readFileSync(ARTICLE, 'utf8');
    const fixture = makeFixtureProject({ [ARTICLE]: original.replace(/^title:/m, 'titel:') });
    cleanups.push(fixture.remove);
    const result = await runAstroBuild(fixture.root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`${SLUG}.mdx`);
    expect(result.output).toMatch(/title.*Required/);
    expect(result.output).toContain('"titel"');
    expect(existsSync(join(fixture.root, 'dist', 'index.html'))).toBe(false);
  });

  it('fails the build naming the field when the description is missing', async () => {
    const original = readFileSync(ARTICLE, 'utf8');
    const fixture = makeFixtureProject({ [ARTICLE]: original.replace(/^description:.*\n/m, '') });
    cleanups.push(fixture.remove);
    const result = await runAstroBuild(fixture.root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`${SLUG}.mdx`);
    expect(result.output).toMatch(/description.*Required/);
  });
});
