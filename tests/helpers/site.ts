import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { ROOT } from './build';
import { closeAfterTest } from './cleanup';
import { launchChromium, openPage, waitForEnhancements, type PageProblems } from './browser';
import { serveStatic, type StaticServer } from './server';

export interface OpenOptions extends Omit<BrowserContextOptions, 'viewport'> {
  /** Viewport width in CSS px. */
  width?: number;
  /** Viewport height in CSS px; a phone's, 844, unless given. */
  height?: number;
  /** Runs in the page before its own scripts (to listen for what the page dispatches). */
  initScript?: () => void;
}

/**
 * Serves dist/ (or the folder `builtDir` gives, such as a fixture's build) with a plain static server
 * and starts Chromium once for a test file; `open` loads a path of the site in a fresh context that
 * records console errors, foreign requests and CSP violations, and (JavaScript on) waits for the
 * page's enhancements. Call `open` inside a test: the context is closed when the test finishes, passed
 * or failed (`closeAfterTest`), so tests close nothing by hand; `close` is there for a test that must
 * close one early.
 */
export function useBuiltSite(builtDir: () => Promise<string> | string = () => join(ROOT, 'dist')) {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(await builtDir());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server(): StaticServer {
      return server!;
    },
    get browser(): Browser {
      return browser!;
    },
    async open(path = '', { width = 390, height = 844, initScript, ...options }: OpenOptions = {}) {
      const context = closeAfterTest(await browser!.newContext({ viewport: { width, height }, ...options }));
      // Injected by the DevTools protocol, which the page's Content-Security-Policy does not block.
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      if (initScript) await context.addInitScript(initScript);
      const { page, problems } = await openPage(context, server!.origin);
      await page.goto(`${server!.url}${path}`, { waitUntil: 'load' });
      if (options.javaScriptEnabled !== false) await waitForEnhancements(page);
      return { page, problems, context, close: () => context.close() };
    },
  };
}

/** No console error or warning, no request to another origin. */
export function expectNoProblems(problems: PageProblems): void {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
}

/** Sets the URL fragment and resolves once the page's own hashchange listeners and the next frame have run. */
export function changeHash(page: Page, hash: string): Promise<void> {
  return page.evaluate(
    (value) =>
      new Promise<void>((resolve) => {
        // Added after the page's listeners, so it runs after them; a frame later, any rAF work is done too.
        addEventListener('hashchange', () => requestAnimationFrame(() => resolve()), { once: true });
        location.hash = value;
      }),
    hash,
  );
}

/** Resolves after two animation frames: work the page scheduled for the next frame has run. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
