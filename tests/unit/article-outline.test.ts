import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { outlineArticle, plainText, readOutline, type MdastNode } from '../../src/lib/article-outline';

/** MDX parsed by the parser the build uses, so the fixtures are trees as the plugin sees them. */
const outline = (mdx: string) => outlineArticle(mdxToMdast(mdx, { position: false }) as MdastNode);

const ARTICLE = [
  "import Nota from './nota.astro';",
  '',
  'Il <Actor id="russia">leader</Actor> è arrivato {/* nota per la redazione */} a Chasan.',
  '',
  '## Il viaggio',
  '',
  '<ActorMap model={props.map} />',
  '',
  'Il primo paragrafo della sezione.',
  '',
  'Il secondo.',
  '',
  '## Conclusione',
  '',
  'Fine con la <Actor',
  '  id="cina">Cina</Actor>.',
  '',
  '<VisitTimeline model={props.timeline} />',
].join('\n');

describe('outlineArticle(root)', () => {
  it('finds the lead, each section’s first paragraph, the figures and the mentions in one pass', () => {
    expect(outline(ARTICLE)).toEqual({
      lead: 'Il leader è arrivato a Chasan.',
      wordCount: 6 + 2 + 5 + 2 + 1 + 4,
      sections: [
        { title: 'Il viaggio', excerpt: 'Il primo paragrafo della sezione.' },
        { title: 'Conclusione', excerpt: 'Fine con la Cina.' },
      ],
      figures: [
        { tag: 'ActorMap', headingsBefore: 1 },
        { tag: 'VisitTimeline', headingsBefore: 2 },
      ],
      actorMentions: ['russia', 'cina'],
    });
  });

  it('reads a tag split over lines as one mention and a figure tag split over lines as one figure', () => {
    const result = outline('## Uno\n\nLa <Actor\n   id="iran">l’Iran</Actor>.\n\n<ActorMap\n  model={props.map}\n/>');
    expect(result.actorMentions).toEqual(['iran']);
    expect(result.figures).toEqual([{ tag: 'ActorMap', headingsBefore: 1 }]);
  });

  it('sees no heading, figure or mention in a code block that looks like them', () => {
    const mdx = [
      'Testo.',
      '',
      '```md',
      '## Non è un titolo',
      '<ActorMap />',
      '<Actor id="marte">x</Actor>',
      '```',
      '',
      '## Vero',
      '',
      '<ActorMap />',
    ].join('\n');
    const result = outline(mdx);
    expect(result.sections.map((section) => section.title)).toEqual(['Vero']);
    expect(result.figures).toEqual([{ tag: 'ActorMap', headingsBefore: 1 }]);
    expect(result.actorMentions).toEqual([]);
  });

  it('leaves out an MDX comment: no words, no tags, and a paragraph of only a comment is not the lead', () => {
    const mdx = '{/* <ActorMap /> ## bozza <Actor id="marte"> */}\n\nVero inizio.';
    expect(outline(mdx)).toMatchObject({ lead: 'Vero inizio.', wordCount: 2, figures: [], actorMentions: [] });
  });

  it('counts a word split by a mark once and does not count import lines', () => {
    expect(outline('import X from \'./x\';\n\nnell’<Actor id="ucraina">Ucraina</Actor> oggi').wordCount).toBe(2);
  });

  it('gives a section with no paragraph an empty excerpt, and an article with no prose an empty lead', () => {
    expect(outline('## Solo titolo\n\n<ActorMap />')).toMatchObject({
      lead: '',
      sections: [{ title: 'Solo titolo', excerpt: '' }],
    });
  });

  it('throws when an <Actor> id is not written as text', () => {
    expect(() => outline('Il <Actor id={paese}>Paese</Actor>.')).toThrow(/<Actor> needs an id written as text/);
  });
});

describe('plainText(node)', () => {
  it('keeps the words inside marks and emphasis, drops expressions', () => {
    const [paragraph] = (
      mdxToMdast('Una *parola* e <Actor id="x">un’altra</Actor>{1 + 1}.', { position: false }) as MdastNode
    ).children!;
    expect(plainText(paragraph!)).toBe('Una parola e un’altra.');
  });
});

describe('readOutline(frontmatter, file)', () => {
  it('throws naming the file and the plugin when the build stored no outline', () => {
    expect(() => readOutline({ title: 'x' }, 'content/article/a.mdx')).toThrow(
      /content\/article\/a\.mdx: no outline.*articleOutline\(\)/,
    );
  });
});
