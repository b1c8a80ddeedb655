import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT } from '../helpers/build';
import { launchChromium, openPage } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/server';

const ARTICLE = 'alleanza-corea-del-nord-russia/';
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(join(ROOT, 'dist'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('"Copia link" on timeline events and actors', () => {
  for (const [what, name, fragment] of [
    ['a timeline event', 'Copia link alla tappa Il vertice tra Putin e Kim', 'tappa-vertice-a-vostochny'],
    ['an actor', 'Copia link all’attore Giappone', 'attore-giappone'],
  ] as const) {
    it(`copies the URL of ${what} and announces it`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const { page, problems } = await openPage(context, server.origin);
      await page.goto(`${server.url}${ARTICLE}?utm_source=x`);
      const button = page.getByRole('button', { name, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}${ARTICLE}#${fragment}`);
      const status = button.locator('xpath=ancestor::copy-link').getByRole('status');
      expect(await status.innerText()).toBe('Link copiato');
      expect(problems.consoleErrors).toEqual([]);
      await context.close();
    });
  }
});
