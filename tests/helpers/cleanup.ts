import { onTestFinished } from 'vitest';

/** Anything a test opens that must be closed: a Playwright context, an engine's page, a server. */
export interface Closable {
  close(): Promise<unknown>;
}

/**
 * Closes `resource` when the running test finishes, whether it passed or failed, so a failing
 * assertion cannot leak a page or a context into the next test. Returns `resource`:
 *
 *   const context = closeAfterTest(await site.browser.newContext());
 *
 * Call it inside a test (vitest's `onTestFinished` refuses a hook). `site.open()` (tests/helpers/site.ts)
 * and `useEngine(name).open()` (tests/helpers/engines) call it already: a test that opens pages
 * through them closes nothing by hand. Closing earlier is allowed when `close()` may be called twice
 * (a Playwright context's may; so may an engine page's), e.g. where WebKitWebDriver's single session
 * must be free before a test opens its next page.
 */
export function closeAfterTest<T extends Closable>(resource: T): T {
  onTestFinished(async () => {
    await resource.close();
  });
  return resource;
}
