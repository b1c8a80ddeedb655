/**
 * Byte budgets for the first load of an article page: everything the page requests, gzip level 9.
 * The test in tests/dist/budget.test.ts prints the measured figures and fails over any of these.
 */
export const BUDGETS = {
  /** HTML, CSS, JavaScript and icons the article page loads, all together. */
  totalGzip: 30 * 1024,
  /** All JavaScript: external modules plus inline scripts in the HTML. */
  javascriptGzip: 6 * 1024,
  /** All CSS: stylesheets plus inline `<style>` in the HTML. */
  cssGzip: 8 * 1024,
  /** The map's inline `<svg>` (inside `<actor-map>`), as part of the HTML. */
  mapSvgGzip: 12 * 1024,
  /** Web fonts: none unless one earns its bytes. */
  fontFiles: 0,
} as const;
