import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../browser';
import { ENGINE_NAMES, type EngineName } from './types';

const APT = (packages: string) => `Debian/Ubuntu: \`apt-get update && apt-get install -y ${packages}\``;

/** The engines `BROWSERS` (comma-separated, e.g. `BROWSERS=chromium,firefox`) selects; all three when unset. */
export function selectedEngines(value = process.env.BROWSERS): EngineName[] {
  if (!value?.trim()) return [...ENGINE_NAMES];
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !(ENGINE_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(
      `BROWSERS=${value}: unknown engine ${unknown.join(', ')}; choose among ${ENGINE_NAMES.join(', ')}.`,
    );
  }
  return ENGINE_NAMES.filter((name) => names.includes(name));
}

function onPath(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() || undefined : undefined;
}

/** FIREFOX_PATH, else Debian's Firefox ESR or a `firefox` on PATH; a clear error naming the package otherwise. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = onPath('firefox-esr') ?? onPath('firefox');
  if (found) return found;
  throw new Error(
    `No Firefox for the engines tests (BROWSERS selects firefox). Install Firefox ESR (${APT('firefox-esr')}) or set FIREFOX_PATH.`,
  );
}

/** WebKitGTK's WebDriver and the MiniBrowser it drives; a clear error naming the package otherwise. */
export function findWebKit(): { driver: string; browser: string } {
  const missing = new Error(
    `No WebKitGTK WebDriver for the engines tests (BROWSERS selects webkit). Install it (${APT('webkit2gtk-driver')}), or set WEBKIT_WEBDRIVER and WEBKIT_MINIBROWSER.`,
  );
  const driver = process.env.WEBKIT_WEBDRIVER || onPath('WebKitWebDriver');
  if (!driver || !existsSync(driver)) throw missing;
  const fromEnv = process.env.WEBKIT_MINIBROWSER;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw missing;
    return { driver, browser: fromEnv };
  }
  // Debian and Ubuntu keep it under /usr/lib/<triplet>/, Fedora under /usr/libexec/.
  const roots = [
    '/usr/libexec',
    ...(existsSync('/usr/lib') ? readdirSync('/usr/lib').map((name) => join('/usr/lib', name)) : []),
    '/usr/lib',
  ];
  for (const root of roots) {
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
      const candidate = join(root, api, 'MiniBrowser');
      if (existsSync(candidate)) return { driver, browser: candidate };
    }
  }
  throw missing;
}

/** Xvfb, for WebKitGTK when there is no display; a clear error naming the package otherwise. */
export function findXvfb(): string {
  const found = onPath('Xvfb');
  if (found) return found;
  throw new Error(
    `No display for WebKitGTK (DISPLAY is unset) and no Xvfb to make one. Install it (${APT('xvfb')}) or set DISPLAY.`,
  );
}

/** Throws, naming the package to install, for the first selected engine that is missing. */
export function assertEnginesInstalled(engines: readonly EngineName[]): void {
  for (const engine of engines) {
    if (engine === 'chromium') findChromium();
    if (engine === 'firefox') findFirefox();
    if (engine === 'webkit') {
      findWebKit();
      if (!process.env.DISPLAY) findXvfb();
    }
  }
}
