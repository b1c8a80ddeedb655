import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser';
import { allCustomElementsDefined, readRecordedProblems } from './recorder';
import { withOpenDefaults, type Engine, type EngineKey, type EngineOpenOptions, type EnginePage } from './types';

/** Chromium through playwright-core, as the browser suite drives it. */
export async function launchChromiumEngine(): Promise<Engine> {
  const browser: Browser = await launchChromium();
  return {
    name: 'chromium',
    async open(url, options: EngineOpenOptions = {}) {
      const { width, height, colorScheme, reducedMotion, javaScript } = withOpenDefaults(options);
      const context = await browser.newContext({
        viewport: { width, height },
        colorScheme,
        reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
        javaScriptEnabled: javaScript,
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const page: Page = await context.newPage();
      const native: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          native.push(`console.${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => native.push(`uncaught: ${error}`));
      await page.goto(url, { waitUntil: 'load' });
      if (javaScript) await page.evaluate(allCustomElementsDefined);
      const enginePage: EnginePage = {
        engine: 'chromium',
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        async evaluateInFrame(frameSelector, fn, arg) {
          const frame = await (await page.$(frameSelector))?.contentFrame();
          if (!frame) throw new Error(`Chromium: no iframe matches ${frameSelector}`);
          return frame.evaluate(fn as never, arg) as never;
        },
        addScript: async (source) => void (await page.evaluate(source)),
        press: (key: EngineKey) => page.keyboard.press(key === ' ' ? 'Space' : key),
        click: (selector) => page.click(selector),
        focus: (selector) => page.focus(selector),
        url: async () => page.url(),
        problems: async () => [...native, ...(javaScript ? await page.evaluate(readRecordedProblems) : [])],
        screenshot: () => page.screenshot(),
        close: () => context.close(),
      };
      return enginePage;
    },
    close: () => browser.close(),
  };
}
