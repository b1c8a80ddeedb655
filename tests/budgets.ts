/**
 * Byte budgets for the first load of an article page: everything the page requests, gzip level 9.
 * The test in tests/build-output/budget.test.ts prints the measured figures and fails over any of these.
 */
export const BUDGETS = {
  /**
   * HTML, CSS, JavaScript and icons the article page loads, all together. 40 KB since 2026-12-01 (was 30):
   * the map's "Rapporti" diagram and list (about 3 KB), the detail view's 50m coasts (2.2 KB), the journey
   * day by day (1.2 KB), the updates log (1.3 KB) and the basis of every card and arrow (0.4 KB). None of it
   * stands before the first paint: see firstScreenGzip, which holds the first screen to one round trip.
   * 42 KB since 2026-12-06 (measured 38.8 → 40.4 KB): "Incorpora" under both figures with the embed code
   * readable without JavaScript (about 0.5 KB), 24 px hit discs and boxes in the "Rapporti" diagram (0.3 KB),
   * and 0.4 KB of script (aliased fragments followed; the selection painted before the address and fading).
   */
  totalGzip: 42 * 1024,
  /**
   * The article's HTML document, with all its CSS written into it (`build.inlineStylesheets: 'always'`:
   * a stylesheet request held the first paint back by a round trip) and its inline scripts. 36 KB for the
   * same additions as totalGzip; 37 KB since 2026-12-06 for Incorpora and the diagram's hit targets (34.7 → 35.8).
   */
  documentGzip: 37 * 1024,
  /**
   * The document from its first byte to the end of the article's first paragraph (the head, all the CSS,
   * the header and the title come before it): what the first screen needs arrives in the first round
   * trip, 10 TCP segments of 1460 bytes (14.26 KB) less the response headers.
   */
  firstScreenGzip: 14 * 1024,
  /** All JavaScript: external modules plus inline scripts in the HTML. */
  javascriptGzip: 6 * 1024,
  /** All CSS: stylesheets plus inline `<style>` in the HTML (today all of it is inline). */
  cssGzip: 8 * 1024,
  /** The map's inline `<svg>` (inside `<actor-map>`), as part of the HTML. */
  mapSvgGzip: 12 * 1024,
  /** Web fonts: none unless one earns its bytes. */
  fontFiles: 0,
} as const;

/**
 * Work budget for the article's first frame on a 390 px phone, counted in Chromium's trace: what lies
 * far below the first screen (the map, the actor list, the timeline) must be skipped until the reader
 * comes near it. The counts vary a little (the first frame may come before the parser is done): about
 * 110–140 elements and 150–215 objects today, 80 and 130 for the text alone, 280 and 370 with the map
 * drawn in the first frame. Checked by tests/browser/article.test.ts.
 */
export const FIRST_FRAME = {
  /** Elements whose style a style pass before the first paint computes, at most. */
  styledElements: 180,
  /** Layout objects a layout before the first paint lays out, at most. */
  layoutObjects: 270,
} as const;

/**
 * Each share image (1200×630 PNG, one per page, section, event and actor): a 256-colour palette keeps
 * them near 25–30 KB, so the whole set stays about 1.2 MB on the server and a crawler fetches little.
 * WhatsApp's own limit, about 300 KB, is far above.
 */
export const SHARE_IMAGE_BYTES = 40 * 1024;
