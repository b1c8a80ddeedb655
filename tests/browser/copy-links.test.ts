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

  it('clears “Link copiato” after 2.5 s, and a refused copy’s message, which says what to do instead, after 8 s', async () => {
    const { page, problems } = await site.open(ARTICLE, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.clock.install();
    const button = page.getByRole('button', { name: 'Copia link all’attore Giappone', exact: true });
    const status = button.locator('xpath=ancestor::copy-link').getByRole('status');
    await button.click();
    await expect.poll(() => status.innerText()).toBe('Link copiato');
    await page.clock.runFor(2000);
    expect(await status.innerText()).toBe('Link copiato');
    await page.clock.runFor(600);
    expect(await status.innerText()).toBe('');

    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await button.click();
    await expect.poll(() => status.innerText()).not.toBe('');
    await page.clock.runFor(7500);
    expect(await status.innerText()).not.toBe('');
    await page.clock.runFor(600);
    expect(await status.innerText()).toBe('');
    expectNoProblems(problems);
  });

  it('clears “Codice copiato” under the map after 2.5 s', async () => {
    const { page, problems } = await site.open(ARTICLE, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.clock.install();
    await page.locator('embed-code:has(#incorpora-mappa) summary').click();
    const status = page.locator('embed-code:has(#incorpora-mappa) [role="status"]');
    await expect.poll(() => status.innerText()).toBe('Codice copiato');
    await page.clock.runFor(2000);
    expect(await status.innerText()).toBe('Codice copiato');
    await page.clock.runFor(600);
    expect(await status.innerText()).toBe('');
    expectNoProblems(problems);
  });
});
