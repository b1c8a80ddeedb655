import { inject } from 'vitest';
import { Builder, By, Key, Origin, type WebDriver } from 'selenium-webdriver';
import { allCustomElementsDefined, readRecordedProblems } from './recorder';
import { findWebKit } from './install';
import { FRAME_ID } from './server';
import type { Engine, EngineKey, EngineOpenOptions, EnginePage } from './types';

/** MiniBrowser's window does not shrink below this (its inner width): narrower pages are shown in an iframe. */
const NARROWEST_WINDOW = 460;

const KEYS: Record<EngineKey, string> = {
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  Tab: Key.TAB,
  'Shift+Tab': Key.chord(Key.SHIFT, Key.TAB),
  ArrowLeft: Key.ARROW_LEFT,
  ArrowRight: Key.ARROW_RIGHT,
  ArrowUp: Key.ARROW_UP,
  ArrowDown: Key.ARROW_DOWN,
  Home: Key.HOME,
  End: Key.END,
  ' ': Key.SPACE,
};

/** Waits for `check` in the page to return true, polling every 50 ms. */
async function waitInPage(driver: WebDriver, check: string, what: string, timeout = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await driver.executeScript(check))) {
    if (Date.now() - start > timeout) throw new Error(`WebKit: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * WebKitGTK's MiniBrowser through its WebDriver (selenium-webdriver; classic WebDriver, no BiDi).
 * A session per page, since the colour scheme (--dark-mode) and JavaScript are browser arguments;
 * reduced motion comes from the GTK settings of the driver the global setup started for it. Pages
 * narrower than the window can be are shown in a same-origin iframe of the asked size, and every
 * command then runs inside it.
 */
export async function launchWebKitEngine(): Promise<Engine> {
  const { browser: binary } = findWebKit();
  const drivers = inject('webkitDrivers');
  if (!drivers)
    throw new Error(
      'WebKit: the engines global setup started no WebKitWebDriver (is tests/helpers/engines/global-setup.ts the project’s globalSetup?)',
    );
  return {
    name: 'webkit',
    async open(
      url,
      {
        width = 390,
        height = 844,
        colorScheme = 'light',
        reducedMotion = false,
        javaScript = true,
      }: EngineOpenOptions = {},
    ) {
      const args = [
        '--automation',
        '--enable-smooth-scrolling=true',
        ...(colorScheme === 'dark' ? ['--dark-mode'] : []),
        ...(javaScript ? [] : ['--enable-javascript=false']),
      ];
      const driver = await new Builder()
        .usingServer(reducedMotion ? drivers.reducedMotion : drivers.motion)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args } })
        .build();
      try {
        const framed = width < NARROWEST_WINDOW;
        const windowWidth = Math.max(width, NARROWEST_WINDOW + 40);
        await driver.manage().window().setRect({ x: 0, y: 0, width: windowWidth, height });
        // The window's frame takes some of its size: grown once by what the page lacks.
        const inner = (await driver.executeScript('return [innerWidth, innerHeight]')) as [number, number];
        await driver
          .manage()
          .window()
          .setRect({ width: windowWidth + (windowWidth - inner[0]), height: height + (height - inner[1]) });
        const target = new URL(url);
        if (framed) {
          await driver.get(`${target.origin}/${framePath(target, width, height)}`);
          const frame = await driver.findElement(By.id(FRAME_ID));
          await waitInPage(
            driver,
            `const d = document.getElementById('${FRAME_ID}').contentDocument; return !!d && d.readyState === 'complete' && d.location.href !== 'about:blank';`,
            'the framed page to load',
          );
          await driver.switchTo().frame(frame);
        } else {
          await driver.get(url);
        }
        if (javaScript) await driver.executeScript(`return (${allCustomElementsDefined})()`);
        const run = <R>(fn: (arg: never) => R, arg?: unknown) =>
          driver.executeScript(`return (${fn}).apply(null, arguments)`, arg) as Promise<R>;
        const enginePage: EnginePage = {
          engine: 'webkit',
          evaluate: (fn, arg) => run(fn as never, arg) as never,
          async evaluateInFrame(frameSelector, fn, arg) {
            // WebDriver runs commands in one frame at a time: into the iframe, and back out whatever happens.
            await driver.switchTo().frame(await driver.findElement(By.css(frameSelector)));
            try {
              return (await run(fn as never, arg)) as never;
            } finally {
              await driver.switchTo().parentFrame();
            }
          },
          addScript: async (source) => void (await driver.executeScript(source)),
          press: (key) => driver.actions().sendKeys(KEYS[key]).perform(),
          async click(selector) {
            // WebKitWebDriver's element click refuses elements in a framed page and sticky ones ("not
            // interactable"): the pointer clicks the element's centre instead, scrolled into view if it is not.
            const [x, y] = (await driver.executeScript(
              `return (async () => {
              const element = document.querySelector(arguments[0]);
              if (!element) throw new Error('no element matches ' + arguments[0]);
              const box = element.getBoundingClientRect();
              if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) element.scrollIntoView({ block: 'center', inline: 'center' });
              // The pointer is aimed by the UI process, which learns of a scroll (this one, or the page's
              // own) only once frames are drawn: aimed earlier, it hits what used to be there.
              await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
              const { left, top, width, height } = element.getBoundingClientRect();
              return [Math.round(left + width / 2), Math.round(top + height / 2)];
              })();`,
              selector,
            )) as [number, number];
            await driver.actions().move({ origin: Origin.VIEWPORT, x, y }).click().perform();
          },
          focus: (selector) =>
            run(((css: string) => (document.querySelector(css) as HTMLElement).focus()) as never, selector),
          url: () => run((() => location.href) as never),
          problems: () => (javaScript ? run(readRecordedProblems as never) : Promise.resolve([])),
          screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
          close: () => driver.quit(),
        };
        return enginePage;
      } catch (error) {
        await driver.quit();
        throw error;
      }
    },
    close: async () => {},
  };
}

function framePath(target: URL, width: number, height: number): string {
  return `__engines/frame?${new URLSearchParams({ src: `${target.pathname}${target.search}${target.hash}`, width: String(width), height: String(height) })}`;
}
