import { describe, expect, it } from 'vitest';
import { pickCurrentSection, readingLine, type SpySection } from '../../src/lib/scroll-spy';

const view = (line: number, atPageEnd = false) => ({ line, viewportHeight: 900, atPageEnd });

// A page like the article's, scrolled so that the reading line (300) falls where each test needs:
// two sections of text, the second with a map and a journey figure nested in it, a last short
// section of text, then the chronology, whose own box ends before the cards.
const page = (shift: number): SpySection[] =>
  [
    { top: 0, depth: 0 },
    { top: 1000, depth: 0 },
    { top: 1200, bottom: 2000, depth: 1 },
    { top: 2040, bottom: 2600, depth: 1 },
    { top: 3500, depth: 0 },
    { top: 4300, bottom: 8200, depth: 0 },
    { top: 8240, bottom: 11100, depth: 0 },
  ].map((section) => ({
    ...section,
    top: section.top - shift,
    ...(section.bottom === undefined ? {} : { bottom: section.bottom - shift }),
  }));

describe('readingLine(viewportHeight, headerHeight)', () => {
  it('is a third of the way down the screen below the header', () => {
    expect(readingLine(900, 60)).toBe(340);
    expect(readingLine(844, 52)).toBe(316);
  });
});

describe('pickCurrentSection(sections, view)', () => {
  it('is -1 while every section starts below the line', () => {
    expect(
      pickCurrentSection(
        [
          { top: 400, depth: 0 },
          { top: 900, depth: 0 },
        ],
        view(300),
      ),
    ).toBe(-1);
  });

  it('picks the section of text whose span holds the line', () => {
    expect(pickCurrentSection(page(500), view(300))).toBe(0);
    expect(pickCurrentSection(page(3300), view(300))).toBe(4);
  });

  it('picks the chronology once its top has passed the line, though the section before still shows above it', () => {
    // The chronology's top at 250, the last section's end on screen above it: the bug the index had.
    expect(pickCurrentSection(page(4050), view(300))).toBe(5);
    expect(pickCurrentSection(page(3950), view(300))).toBe(4);
  });

  it('keeps the chronology current while its middle is on the line', () => {
    expect(pickCurrentSection(page(6000), view(300))).toBe(5);
  });

  it('picks a nested figure over its section while the figure holds the line', () => {
    expect(pickCurrentSection(page(1100), view(300))).toBe(2);
    expect(pickCurrentSection(page(2000), view(300))).toBe(3);
  });

  it('gives the line back to the section when its text resumes after a nested figure', () => {
    expect(pickCurrentSection(page(2400), view(300))).toBe(1);
  });

  it('runs a nested figure on to the next figure across the margin between them', () => {
    expect(pickCurrentSection(page(1720), view(300))).toBe(2);
  });

  it('runs a boxed section on to the next one across the margin between them', () => {
    expect(pickCurrentSection(page(7920), view(300))).toBe(5);
  });

  it('is -1 past the end of a last section that has its own box', () => {
    expect(pickCurrentSection(page(11000), view(300))).toBe(-1);
  });

  it('picks the last section still on screen at the end of the page, even below the line', () => {
    const atEnd: SpySection[] = [
      { top: -900, depth: 0 },
      { top: -300, bottom: 200, depth: 0 },
      { top: 600, bottom: 900, depth: 0 },
    ];
    expect(pickCurrentSection(atEnd, view(300, true))).toBe(2);
    expect(pickCurrentSection(atEnd, view(300, false))).toBe(1);
  });

  it('is -1 with no sections', () => {
    expect(pickCurrentSection([], view(300, true))).toBe(-1);
  });
});
