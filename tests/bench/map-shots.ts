// Screenshots and geometry figures of the map for review: `node --import ./tests/bench/resolve-ts.mjs tests/bench/map-shots.ts <out dir> <tag>`.
// Needs a built dist/. Prints overlapping relation pairs, crossings and the figure's height per width.
import { join } from 'node:path';
import { ROOT } from '../helpers/build';
import { launchChromium, waitForEnhancements } from '../helpers/browser';
import { serveStatic } from '../helpers/server';
import { measureRelations } from '../helpers/relation-geometry';
import { ARTICLE_PATH } from '../helpers/article';

const [out = '.', tag = 'shot'] = process.argv.slice(2);
const server = await serveStatic(join(ROOT, 'dist'));
const browser = await launchChromium();
for (const width of [320, 390, 768, 1280]) {
  for (const javaScriptEnabled of [true, false]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport: { width, height: width < 768 ? 844 : 900 },
        colorScheme,
        javaScriptEnabled,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(`${server.url}${ARTICLE_PATH}`, { waitUntil: 'load' });
      if (javaScriptEnabled) await waitForEnhancements(page);
      const figure = page.locator('actor-map figure');
      await figure.scrollIntoViewIfNeeded();
      const height = await figure.evaluate((element) => Math.round(element.getBoundingClientRect().height));
      // Tall enough for the whole figure: an element screenshot beyond the viewport skips what content-visibility skips.
      await page.setViewportSize({ width, height: 2400 });
      const views = javaScriptEnabled
        ? await page.locator('actor-map [data-views] button').allTextContents()
        : ['(no JS)'];
      for (const view of views) {
        if (javaScriptEnabled) await page.getByRole('button', { name: view, exact: true }).click();
        await page.waitForTimeout(100);
        if (colorScheme === 'light') {
          const geometry = await measureRelations(page, 'actor-map svg .relation[data-from]', 'actor-map svg .label');
          console.log(
            `${tag} ${width}px js=${javaScriptEnabled} view=${view} height=${height} paths=${geometry.paths} overlapping=${geometry.overlapping.length} crossings=${geometry.crossings.length}`,
          );
          if (width === 390 || width === 1280) console.log('  ', JSON.stringify(geometry));
        }
        if (width === 390 || width === 1280) {
          await figure.screenshot({
            path: join(
              out,
              `${tag}-${width}-${colorScheme}-${javaScriptEnabled ? view.replace(/\W+/g, '-').toLowerCase() : 'nojs'}.png`,
            ),
          });
        }
      }
      await context.close();
    }
  }
}
await browser.close();
await server.close();
