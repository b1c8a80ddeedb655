/**
 * Which section is current while scrolling: the last one whose heading has passed `line`
 * (px from the viewport top). At the end of the page the last section wins even when it is
 * too short to reach the line. Returns -1 above the first heading. Ships to the browser.
 */
export function pickCurrentSection(headingTops: number[], line: number, atPageEnd: boolean): number {
  if (headingTops.length === 0) return -1;
  if (atPageEnd) return headingTops.length - 1;
  let current = -1;
  headingTops.forEach((top, index) => {
    if (top <= line) current = index;
  });
  return current;
}
