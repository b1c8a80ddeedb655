import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEED = fileURLToPath(new URL('../fixtures/seed-article.txt', import.meta.url));

/** The article as scraped: lines from the title to the photo credit, page chrome excluded. */
export function seedArticle(): { title: string; headings: string[]; paragraphs: string[] } {
  const lines = readFileSync(SEED, 'utf8')
    .split('\n')
    .map((line) => line.trim());
  const start = lines.indexOf('L’ombra dell’alleanza tra la Corea del Nord e la Russia');
  const end = lines.findIndex((line) => line.startsWith('*Vladimir Putin'));
  const body = lines
    .slice(start + 1, end)
    .filter((line) => line !== '' && line !== '-' && !line.startsWith('Tempo di lettura'));
  const headings = [
    'La Corea del Nord dall’inizio della guerra in Ucraina',
    'Il viaggio di Kim Jong-un in Russia',
    'Cosa aspettarsi dal viaggio in Russia?',
    'Conclusione',
  ];
  return {
    title: lines[start]!,
    headings,
    paragraphs: body.filter((line) => !headings.includes(line)),
  };
}

/** Page chrome of the scrape that must appear nowhere in the site. */
export const CHROME_STRINGS = [
  'INDIPENDENTI, COSTRUTTIVI, ACCESSIBILI',
  'Home Analisi',
  'Tempo di lettura stimato',
  'Commenta',
  'Akismet',
  'Scopri come i tuoi dati vengono elaborati',
  'FansMi piace',
  'FollowerSegui',
  'fbpx',
  'crediti foto',
  'Kremlin.ru',
];
