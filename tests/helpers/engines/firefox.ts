import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { allCustomElementsDefined, readRecordedProblems } from './recorder';
import { findFirefox } from './install';
import { withOpenDefaults, type Engine, type EngineKey, type EngineOpenOptions, type EnginePage } from './types';

/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi. Colour scheme, motion and JavaScript are
 * preferences fixed at launch (BiDi has no emulation for them in this Firefox), so one Firefox is kept
 * for each combination a test file asks for; every page gets a context of its own.
 */
export async function launchFirefoxEngine(): Promise<Engine> {
  const executablePath = findFirefox();
  const browsers = new Map<string, Promise<Browser>>();
  const browserFor = (colorScheme: string, reducedMotion: boolean, javaScript: boolean) => {
    const key = `${colorScheme} ${reducedMotion} ${javaScript}`;
    if (!browsers.has(key)) {
      browsers.set(
        key,
        puppeteer.launch({
          browser: 'firefox',
          executablePath,
          headless: true,
          extraPrefsFirefox: {
            'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
            'ui.prefersReducedMotion': reducedMotion ? 1 : 0,
            'javascript.enabled': javaScript,
            // Lets a test read back what "Copia link" wrote (reading needs a prompt otherwise).
            'dom.events.testing.asyncClipboard': true,
          },
        }),
      );
    }
    return browsers.get(key)!;
  };
  return {
    name: 'firefox',
    async open(url, options: EngineOpenOptions = {}) {
      const { width, height, colorScheme, reducedMotion, javaScript } = withOpenDefaults(options);
      const browser = await browserFor(colorScheme, reducedMotion, javaScript);
      const context = await browser.createBrowserContext();
      const page: Page = await context.newPage();
      const native: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warn')
          native.push(`console.${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => native.push(`uncaught: ${error}`));
      await page.setViewport({ width, height });
      await page.goto(url, { waitUntil: 'load' });
      if (javaScript) await page.evaluate(allCustomElementsDefined);
      const enginePage: EnginePage = {
        engine: 'firefox',
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        async evaluateInFrame(frameSelector, fn, arg) {
          const frame = await (await page.$(frameSelector))?.contentFrame();
          if (!frame) throw new Error(`Firefox: no iframe matches ${frameSelector}`);
          return frame.evaluate(fn as never, arg) as never;
        },
        addScript: async (source) => void (await page.evaluate(source)),
        async press(key: EngineKey) {
          if (key === 'Shift+Tab') {
            await page.keyboard.down('Shift');
            await page.keyboard.press('Tab');
            await page.keyboard.up('Shift');
          } else await page.keyboard.press(key as KeyInput);
        },
        click: (selector) => page.click(selector),
        // puppeteer's focus() takes HTML elements only; the map's actors are SVG links.
        focus: (selector) =>
          page.evaluate((css) => (document.querySelector(css) as HTMLElement | SVGElement).focus(), selector),
        url: async () => page.url(),
        problems: async () => [...native, ...(javaScript ? await page.evaluate(readRecordedProblems) : [])],
        screenshot: async () => Buffer.from(await page.screenshot()),
        close: () => context.close(),
      };
      return enginePage;
    },
    async close() {
      for (const browser of browsers.values()) await (await browser).close();
    },
  };
}
