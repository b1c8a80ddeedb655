import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { ROOT } from '../build';
import { closeAfterTest } from '../cleanup';
import { launchChromiumEngine } from './chromium';
import { launchFirefoxEngine } from './firefox';
import { selectedEngines } from './install';
import { serveForEngines, type EngineServer } from './server';
import type { Engine, EngineName, EngineOpenOptions, EnginePage } from './types';
import { launchWebKitEngine } from './webkit';

export type { Engine, EngineName, EngineOpenOptions, EnginePage } from './types';

const LAUNCH: Record<EngineName, () => Promise<Engine>> = {
  chromium: launchChromiumEngine,
  firefox: launchFirefoxEngine,
  webkit: launchWebKitEngine,
};

/** The engines this run covers (BROWSERS), for `describe.each`. */
export const ENGINES = selectedEngines();

/**
 * Serves dist/ and starts one engine for a describe block; `open` loads a path of the site in a
 * fresh page of that engine (see EnginePage), waiting for the enhancements when JavaScript is on.
 * Call `open` inside a test: the page is closed when the test finishes, passed or failed
 * (`closeAfterTest`), so a failure cannot leave WebKitWebDriver's one session taken. `page.close()`
 * may still be called early (before opening a second page in WebKit, say); it closes once.
 */
export function useEngine(name: EngineName) {
  let server: EngineServer | undefined;
  let engine: Engine | undefined;
  beforeAll(async () => {
    server = await serveForEngines(join(ROOT, 'dist'));
    engine = await LAUNCH[name]();
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
    await server?.close();
  });
  return {
    get url(): string {
      return server!.url;
    },
    /** A path of the site, or an absolute URL (a page another server serves: a host of an embed). */
    async open(path = '', options: EngineOpenOptions = {}): Promise<EnginePage> {
      const page = await engine!.open(/^https?:/.test(path) ? path : `${server!.url}${path}`, options);
      const close = page.close;
      let closing: Promise<void> | undefined;
      return closeAfterTest(Object.assign(page, { close: () => (closing ??= close()) }));
    },
  };
}

/** No console error or warning, uncaught error, failed load, CSP violation or request to another origin. */
export async function expectNoProblems(page: EnginePage): Promise<void> {
  expect(await page.problems()).toEqual([]);
}

/** Polls `fn` in the page until it returns `expected` (deep equality), or fails with the last value after `timeout` ms. */
export async function waitFor<R>(page: EnginePage, fn: () => R, expected: Awaited<R>, timeout = 5_000): Promise<void> {
  await expect.poll(() => page.evaluate(fn), { timeout, interval: 50 }).toEqual(expected);
}
export { runAxeIn } from './axe';
