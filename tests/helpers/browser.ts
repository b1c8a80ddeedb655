import { existsSync } from 'node:fs';
import { Launcher } from 'chrome-launcher';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROME_PATH if set, else the first Chrome or Chromium chrome-launcher finds; a clear error otherwise. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = Launcher.getInstallations()[0];
  if (found) return found;
  throw new Error(
    'No Chrome or Chromium found for the browser tests. Install one (Debian/Ubuntu: ' +
      '`apt-get update && apt-get install -y chromium`) or set CHROME_PATH to its executable.',
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}

/** What a page did wrong while a test drove it. */
export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Opens a page that records console errors, uncaught exceptions and requests to any other origin. */
export async function openPage(
  context: BrowserContext,
  allowedOrigin: string,
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(allowedOrigin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.foreignRequests.push(url);
    }
  });
  return { page, problems };
}

/**
 * Resolves once every custom element on the page is defined: the page's enhancements upgrade them
 * after its first paint, a moment after `load`. Needs the page's JavaScript on.
 */
export async function waitForEnhancements(page: Page): Promise<void> {
  const allDefined = () => {
    const names = new Set(
      [...document.querySelectorAll('*')].map((element) => element.localName).filter((name) => name.includes('-')),
    );
    return Promise.all([...names].map((name) => customElements.whenDefined(name))).then(() => undefined);
  };
  // A page that sends the reader on (a share page's meta refresh) is waited for where it lands. The
  // refresh may destroy the context more than once while the next document commits on a busy machine.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await page.evaluate(allDefined);
    } catch (error) {
      if (attempt === 10 || !/context was destroyed/.test(String(error))) throw error;
      await page.waitForLoadState('load');
    }
  }
}

/** Resolves once the page has stopped scrolling (smooth scrolls to a fragment take a few frames). */
export async function waitForScrollEnd(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const check = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 5) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}
