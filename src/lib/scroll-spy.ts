/** One entry of the index as it stands on screen, in px from the viewport's top. Ships to the browser. */
export interface SpySection {
  top: number;
  /** The bottom of the entry's own box (a figure, the chronology, a <section>); none for a heading of the text. */
  bottom?: number;
  /** 0 for a top entry of the index, 1 for one nested under the entry before it. */
  depth: number;
}

/**
 * The reading line: a third of the way down the part of the screen below the sticky header, where a
 * reader's eyes rest while reading on (the text above it has been read, the text below is to come).
 */
export function readingLine(viewportHeight: number, headerHeight: number): number {
  return headerHeight + (viewportHeight - headerHeight) / 3;
}

/**
 * Where each entry's section ends. A section runs to the next entry at its level or above (a heading's
 * section holds the text after it, a figure's margin belongs to it), except that a figure nested in a
 * section ends with its own box: after it, the section's text resumes and the section is current again.
 */
function sectionEnd(sections: SpySection[], index: number): number {
  const { depth, bottom } = sections[index]!;
  const next = sections.slice(index + 1).find((section) => section.depth <= depth);
  if (bottom !== undefined && (!next || next.depth < depth)) return bottom;
  return next ? next.top : (bottom ?? Infinity);
}

/**
 * The index of the section a reader is reading: the deepest one whose span (from its top to its end)
 * holds the reading line; -1 above the first one or past the last. At the end of the page, where a short
 * last section can never scroll up to the line, the last section still on screen is current instead.
 */
export function pickCurrentSection(
  sections: SpySection[],
  view: { line: number; viewportHeight: number; atPageEnd: boolean },
): number {
  let current = -1;
  sections.forEach((section, index) => {
    const end = sectionEnd(sections, index);
    const onScreen = section.top < view.viewportHeight && end > 0;
    if (view.atPageEnd ? onScreen : section.top <= view.line && view.line < end) current = index;
  });
  return current;
}
