import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH } from './head-meta';
import type { OgCountry } from './og-map';
import { escapeXml } from './xml';

export interface OgImageInput {
  /** Small line above the title: the site, or the article for a section's image. */
  kicker: string;
  title: string;
  countries: OgCountry[];
  /** world-atlas ids drawn in the accent colour (the two allies). */
  highlightIds: string[];
}

const TITLE_SIZE = 60;
const TITLE_LINE = 70;
/** About how many characters of the title font fit in the text column. */
const TITLE_CHARS = 30;
const MAX_TITLE_LINES = 4;

/** Greedy word wrap to lines of at most `max` characters; the last kept line gets an ellipsis if cut. */
export function wrapLines(text: string, max: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,;:.]+$/, '')}…`;
  return kept;
}

/** Every line of text the share image draws: the kicker and the title as wrapped. */
export function ogImageTexts(input: Pick<OgImageInput, 'kicker' | 'title'>): string[] {
  return [input.kicker, ...wrapLines(input.title, TITLE_CHARS, MAX_TITLE_LINES)];
}

/**
 * The 1200×630 share image as SVG: the Pacific map as backdrop, the title on a dark band at the
 * left. The generic family is mapped to the bundled font (src/lib/og-font.ts) by the rasteriser.
 */
export function buildOgSvg(input: OgImageInput): string {
  const highlighted = new Set(input.highlightIds);
  const land = input.countries
    .map((country) => `<path d="${country.d}" fill="${highlighted.has(country.id) ? '#ff5d76' : '#62798a'}"/>`)
    .join('');
  const lines = wrapLines(input.title, TITLE_CHARS, MAX_TITLE_LINES);
  const top = OG_IMAGE_HEIGHT - 90 - (lines.length - 1) * TITLE_LINE;
  const title = lines
    .map((line, index) => `<tspan x="72" y="${top + index * TITLE_LINE}">${escapeXml(line)}</tspan>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_IMAGE_WIDTH}" height="${OG_IMAGE_HEIGHT}" viewBox="0 0 ${OG_IMAGE_WIDTH} ${OG_IMAGE_HEIGHT}">`,
    `<rect width="100%" height="100%" fill="#17232d"/>`,
    `<g stroke="#17232d" stroke-width="1.2" stroke-linejoin="round">${land}</g>`,
    // A flat veil, not a gradient: few distinct colours keep the PNG well under WhatsApp's ~300 KB.
    `<rect width="100%" height="100%" fill="#0f1820" fill-opacity="0.55"/>`,
    `<rect x="72" y="64" width="64" height="8" fill="#e2566b"/>`,
    `<text x="72" y="118" fill="#d5dde3" font-family="sans-serif" font-size="30" font-weight="700" letter-spacing="1">${escapeXml(input.kicker)}</text>`,
    `<text fill="#ffffff" font-family="sans-serif" font-size="${TITLE_SIZE}" font-weight="700">${title}</text>`,
    '</svg>',
  ].join('');
}
