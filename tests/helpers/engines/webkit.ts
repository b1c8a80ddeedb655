import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { Builder, By, Key, Origin, type WebDriver } from 'selenium-webdriver';
import { allCustomElementsDefined, readRecordedProblems } from './recorder';
import { findWebKit } from './install';
import { FRAME_ID } from './server';
import { withOpenDefaults, type Engine, type EngineKey, type EngineOpenOptions, type EnginePage } from './types';

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

/**
 * How long one WebDriver command may take before it counts as hung: well inside a test's 60 s, so a
 * hang fails the test with the command's name instead of the test's timeout. WebKitWebDriver's own
 * limits are set below it: 30 s for a script, and for a page load (its default, 300 s, also bounds the
 * wait for a pending navigation that every command makes first).
 */
const COMMAND_TIMEOUT = 40_000;
const DRIVER_TIMEOUTS = { script: 30_000, pageLoad: 30_000 };

/** The end of what WebKitWebDriver and its browsers printed (the global setup's log), for an error. */
let driverLog: string | undefined;
function logTail(): string {
  try {
    const lines = readFileSync(driverLog ?? '', 'utf8')
      .trim()
      .split('\n')
      .slice(-5);
    return lines.join('\n') ? `; WebKitWebDriver's log ends:\n${lines.join('\n')}` : '';
  } catch {
    return '';
  }
}

/** `command`, or an error naming `what` if it has not answered within COMMAND_TIMEOUT. */
function within<T>(what: string, command: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`WebKit: ${what} did not answer within ${COMMAND_TIMEOUT / 1000} s${logTail()}`)),
      COMMAND_TIMEOUT,
    );
  });
  return Promise.race([command, hung]).finally(() => clearTimeout(timer));
}

/** Waits for `check` in the page to return true, polling every 50 ms. */
async function waitInPage(driver: WebDriver, check: string, what: string, timeout = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await within(`waiting for ${what}`, driver.executeScript(check)))) {
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
  driverLog = drivers.log;
  return {
    name: 'webkit',
    async open(url, options: EngineOpenOptions = {}) {
      const { width, height, colorScheme, reducedMotion, javaScript } = withOpenDefaults(options);
      const args = [
        '--automation',
        '--enable-smooth-scrolling=true',
        ...(colorScheme === 'dark' ? ['--dark-mode'] : []),
        ...(javaScript ? [] : ['--enable-javascript=false']),
      ];
      const driver = await within(
        'starting MiniBrowser',
        new Builder()
          .usingServer(reducedMotion ? drivers.reducedMotion : drivers.motion)
          .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args } })
          .build(),
      );
      const script = <R>(what: string, source: string, ...args: unknown[]) =>
        within(what, driver.executeScript(source, ...args) as Promise<R>);
      try {
        await within('setting timeouts', driver.manage().setTimeouts(DRIVER_TIMEOUTS));
        const framed = width < NARROWEST_WINDOW;
        const windowWidth = Math.max(width, NARROWEST_WINDOW + 40);
        await within('sizing the window', driver.manage().window().setRect({ x: 0, y: 0, width: windowWidth, height }));
        // The window's frame takes some of its size: grown once by what the page lacks.
        const inner = await script<[number, number]>('reading the window size', 'return [innerWidth, innerHeight]');
        await within(
          'sizing the window',
          driver
            .manage()
            .window()
            .setRect({ width: windowWidth + (windowWidth - inner[0]), height: height + (height - inner[1]) }),
        );
        const target = new URL(url);
        if (framed) {
          await within('loading the frame page', driver.get(`${target.origin}/${framePath(target, width, height)}`));
          const frame = await within('finding the frame', driver.findElement(By.id(FRAME_ID)));
          await waitInPage(
            driver,
            `const d = document.getElementById('${FRAME_ID}').contentDocument; return !!d && d.readyState === 'complete' && d.location.href !== 'about:blank';`,
            'the framed page to load',
          );
          await within('switching to the frame', driver.switchTo().frame(frame));
        } else {
          await within(`loading ${url}`, driver.get(url));
        }
        if (javaScript) await script('waiting for the custom elements', `return (${allCustomElementsDefined})()`);
        const run = <R>(fn: (arg: never) => R, arg?: unknown) =>
          script<R>(
            `running ${String(fn).replace(/\s+/g, ' ').slice(0, 80)} in the page`,
            `return (${fn}).apply(null, arguments)`,
            arg,
          );
        const enginePage: EnginePage = {
          engine: 'webkit',
          evaluate: (fn, arg) => run(fn as never, arg) as never,
          async evaluateInFrame(frameSelector, fn, arg) {
            // WebDriver runs commands in one frame at a time: into the iframe, and back out whatever happens.
            await within('entering a frame', driver.switchTo().frame(await driver.findElement(By.css(frameSelector))));
            try {
              return (await run(fn as never, arg)) as never;
            } finally {
              await within('leaving a frame', driver.switchTo().parentFrame());
            }
          },
          addScript: async (source) => void (await script('adding a script', source)),
          press: (key) => within(`pressing ${key}`, driver.actions().sendKeys(KEYS[key]).perform()),
          async click(selector) {
            // WebKitWebDriver's element click refuses elements in a framed page and sticky ones ("not
            // interactable"): the pointer clicks the element's centre instead, scrolled into view if it is not.
            const [x, y] = await script<[number, number]>(
              `aiming at ${selector}`,
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
            );
            await within(
              `clicking ${selector}`,
              driver.actions().move({ origin: Origin.VIEWPORT, x, y }).click().perform(),
            );
          },
          focus: (selector) =>
            run(((css: string) => (document.querySelector(css) as HTMLElement).focus()) as never, selector),
          url: () => run((() => location.href) as never),
          problems: () => (javaScript ? run(readRecordedProblems as never) : Promise.resolve([])),
          screenshot: async () => Buffer.from(await within('taking a screenshot', driver.takeScreenshot()), 'base64'),
          close: () => within('closing MiniBrowser', driver.quit()),
        };
        return enginePage;
      } catch (error) {
        await within('closing MiniBrowser', driver.quit()).catch(() => undefined);
        throw error;
      }
    },
    close: async () => {},
  };
}

function framePath(target: URL, width: number, height: number): string {
  return `__engines/frame?${new URLSearchParams({ src: `${target.pathname}${target.search}${target.hash}`, width: String(width), height: String(height) })}`;
}
