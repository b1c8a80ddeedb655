import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import buildDist from '../global-setup';
import { assertEnginesInstalled, findWebKit, findXvfb, selectedEngines } from './install';

declare module 'vitest' {
  export interface ProvidedContext {
    /** WebKitWebDriver's URL, one with the system's default motion and one that prefers reduced motion. */
    webkitDrivers: { motion: string; reducedMotion: string; log: string } | null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Xvfb on a display number it picks itself (-displayfd), and resolves with `:N`. With -noreset:
 * by default an X server resets when its last client leaves, which here is every time a test closes its
 * MiniBrowser, and a client connecting during the reset is refused (3-4% of back-to-back connections on
 * a loaded machine). A MiniBrowser refused so ("cannot open display") exits, and WebKitWebDriver then
 * never answers the request for a new session: the test hung until its timeout.
 */
function startXvfb(children: ChildProcess[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp', '-noreset'];
    const xvfb = spawn(findXvfb(), args, {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(xvfb);
    let log = '';
    xvfb.stderr!.on('data', (chunk) => (log += chunk));
    (xvfb.stdio[3] as NodeJS.ReadableStream).on('data', (chunk) => resolve(`:${String(chunk).trim()}`));
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb stopped (${code}) before giving a display:\n${log}`)));
  });
}

/** Starts a WebKitWebDriver whose output, and its MiniBrowsers', goes to `log`. */
async function startWebKitDriver(children: ChildProcess[], env: NodeJS.ProcessEnv, log: string): Promise<string> {
  const port = await freePort();
  const output = openSync(log, 'a');
  const driver = spawn(findWebKit().driver, [`--port=${port}`], { env, stdio: ['ignore', output, output] });
  closeSync(output);
  children.push(driver);
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver stopped (${driver.exitCode}) on start`);
    try {
      if ((await fetch(`${url}/status`)).ok) return url;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

/**
 * For the engines suite: builds dist/ (once per run, shared with the other suites), fails at once
 * when a selected engine is missing, and for WebKit starts an Xvfb display (if DISPLAY is unset)
 * and two WebKitWebDrivers on free ports: WebKitGTK reads prefers-reduced-motion from GTK's
 * settings, which its browser inherits from the driver's environment.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const engines = selectedEngines();
  assertEnginesInstalled(engines);
  await buildDist();
  const children: ChildProcess[] = [];
  let settings: string | undefined;
  const teardown = async () => {
    for (const child of children.reverse()) child.kill();
    if (settings) rmSync(settings, { recursive: true, force: true });
  };
  project.provide('webkitDrivers', null);
  if (engines.includes('webkit')) {
    try {
      const display = process.env.DISPLAY || (await startXvfb(children));
      settings = mkdtempSync(join(tmpdir(), 'ombra-webkit-'));
      // Both set explicitly, so the reader's own GTK settings never decide a test.
      const configHome = (animations: boolean) => {
        const home = join(settings!, animations ? 'motion' : 'reduced-motion');
        mkdirSync(join(home, 'gtk-3.0'), { recursive: true });
        writeFileSync(join(home, 'gtk-3.0', 'settings.ini'), `[Settings]\ngtk-enable-animations=${animations}\n`);
        return home;
      };
      const env = { ...process.env, DISPLAY: display };
      const log = join(settings, 'webkit.log');
      project.provide('webkitDrivers', {
        motion: await startWebKitDriver(children, { ...env, XDG_CONFIG_HOME: configHome(true) }, log),
        reducedMotion: await startWebKitDriver(children, { ...env, XDG_CONFIG_HOME: configHome(false) }, log),
        log,
      });
    } catch (error) {
      await teardown();
      throw error;
    }
  }
  return teardown;
}
