import { describe, expect, it } from 'vitest';
import { expectNoProblems, useBuiltSite } from '../helpers/site';
import { ARTICLE_PATH as ARTICLE } from '../helpers/article';

const site = useBuiltSite();

describe('"Copia link" on timeline events and actors', () => {
  for (const [what, name, fragment] of [
    ['a timeline event', 'Copia link all’evento Il vertice tra Putin e Kim', 'tappa-vertice-a-vostochny'],
    ['an actor', 'Copia link all’attore Giappone', 'attore-giappone'],
  ] as const) {
    it(`copies the URL of ${what} and announces it`, async () => {
      const { page, problems } = await site.open(`${ARTICLE}?utm_source=x`, {
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const button = page.getByRole('button', { name, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      // The copy is asynchronous: polled, not read at once.
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(`${site.server.url}${ARTICLE}#${fragment}`);
      const status = button.locator('xpath=ancestor::copy-link').getByRole('status');
      await expect.poll(() => status.innerText()).toBe('Link copiato');
      expectNoProblems(problems);
    });
  }

  it('copies from the actor panel the map opens, as from the card', async () => {
    const { page, problems } = await site.open(`${ARTICLE}#attore-giappone`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const panel = page.locator('actor-map [data-panel]');
    await panel.waitFor();
    const button = panel.getByRole('button', { name: 'Copia link all’attore Giappone', exact: true });
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${site.server.url}${ARTICLE}#attore-giappone`,
    );
    expect(await button.locator('xpath=ancestor::copy-link').getByRole('status').innerText()).toBe('Link copiato');
    expectNoProblems(problems);
  });
});
