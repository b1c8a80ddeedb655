import { chromium, type Locator, type Page } from 'playwright-core';
import { CHRONOLOGY_ID, MAP_ID } from '../../src/lib/page-ids';
import { CHROMIUM_ARGS, findChromium, waitForEnhancements, waitForScrollEnd } from '../helpers/browser';

/** How much slower than this machine the page's CPU runs (Chrome DevTools' "4× slowdown", as Lighthouse mobile). */
export const CPU_SLOWDOWN = 4;

/** One interaction's latency: the longest Event Timing entry of its interactions, and what filled its frames. */
export interface InteractionResult {
  name: string;
  /** Interaction to Next Paint for this action in ms, or null when the page has no such control. */
  inp: number | null;
  /** Why there is no figure, or what went wrong. */
  note?: string;
  /** From the long animation frames that overlap it: the scripts and the rendering that took the time. */
  scripts?: { source: string; ms: number; layoutMs: number }[];
  /** The longest entry's parts: waiting for the main thread, the handlers, and the frame after them. */
  parts?: { event: string; inputDelay: number; processing: number; presentation: number };
  /** Style and layout in the frames' rendering step (after the handlers), summed. */
  styleLayoutMs?: number;
  /** Long animation frames overlapping the action, their total duration. */
  framesMs?: number;
}

interface Action {
  name: string;
  /** The control to click, or null when this build has none. */
  find: (page: Page) => Promise<Locator | null>;
  /** Whether the click did what a reader expects (so a dead control is not timed as a fast one). */
  done: (page: Page) => Promise<boolean>;
  absent?: string;
}

const firstOrNull = async (locator: Locator) => ((await locator.count()) > 0 ? locator.first() : null);
const hash = (page: Page) => page.evaluate(() => location.hash);

/**
 * The page's main interactions, found by stable hooks: the map's and the timeline's ids (src/lib/dom.ts),
 * `data-actor` and `data-view` on the map, roles and names, and the URL fragments each action writes.
 */
function actions(): Action[] {
  let before = '';
  return [
    {
      name: 'open an actor by click (map)',
      find: async (page) => firstOrNull(page.locator(`#${MAP_ID} svg a[data-actor]`).filter({ visible: true })),
      done: async (page) => (await hash(page)).startsWith('#attore-'),
    },
    {
      name: 'change map view',
      find: async (page) => firstOrNull(page.locator(`#${MAP_ID} button[data-view][aria-pressed="false"]`)),
      done: async (page) => (await page.locator(`#${MAP_ID} button[data-view][aria-pressed="true"]`).count()) === 1,
    },
    {
      name: 'next event (Successivo)',
      find: async (page) => {
        before = await hash(page);
        return firstOrNull(page.locator(`#${CHRONOLOGY_ID}`).getByRole('button', { name: /Successivo/ }));
      },
      done: async (page) => (await hash(page)) !== before && (await hash(page)).startsWith('#tappa-'),
    },
    {
      name: 'open a collapsed period',
      find: async (page) => firstOrNull(page.locator(`#${CHRONOLOGY_ID} details:not([open]) > summary`)),
      done: async (page) => (await page.locator(`#${CHRONOLOGY_ID} details[open]`).count()) > 0,
      absent: 'n/a on this build (no collapsed period in the timeline)',
    },
  ];
}

/** Installed before the page's own scripts: every Event Timing entry of 16 ms or more, and every long animation frame. */
function observe(): void {
  const store = window as unknown as { benchEvents: unknown[]; benchFrames: unknown[] };
  store.benchEvents = [];
  store.benchFrames = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { interactionId: number })[]) {
      const timing = entry as PerformanceEntry & {
        interactionId: number;
        processingStart: number;
        processingEnd: number;
      };
      if (entry.interactionId) {
        store.benchEvents.push({
          id: entry.interactionId,
          name: entry.name,
          start: entry.startTime,
          duration: entry.duration,
          inputDelay: timing.processingStart - entry.startTime,
          processing: timing.processingEnd - timing.processingStart,
          presentation: entry.startTime + entry.duration - timing.processingEnd,
        });
      }
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries() as any[]) {
        store.benchFrames.push({
          start: frame.startTime,
          duration: frame.duration,
          renderStart: frame.renderStart,
          styleAndLayoutStart: frame.styleAndLayoutStart,
          scripts: frame.scripts.map((script: any) => ({
            source: `${script.invoker || script.invokerType}${script.sourceFunctionName ? ` → ${script.sourceFunctionName}` : ''} (${(script.sourceURL || 'inline').split('/').pop()}${script.sourceCharPosition >= 0 ? `:${script.sourceCharPosition}` : ''})`,
            ms: script.duration,
            layoutMs: script.forcedStyleAndLayoutDuration ?? 0,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
}

/** Waits for two frames and a task, then a moment more: Event Timing entries arrive after the next paint. */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))),
      ),
  );

/**
 * Loads `url` at 390 px with the CPU slowed `CPU_SLOWDOWN`× (CDP Emulation.setCPUThrottlingRate), waits
 * for the enhancements, then clicks through the main interactions, each after scrolling its control into
 * view and letting the page settle, so each latency is the click's own.
 */
export async function measureInteractions(url: string): Promise<InteractionResult[]> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      hasTouch: false,
    });
    const page = await context.newPage();
    await page.addInitScript(observe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load' });
    await waitForEnhancements(page);
    const results: InteractionResult[] = [];
    for (const action of actions()) {
      const target = await action.find(page);
      if (!target) {
        results.push({ name: action.name, inp: null, note: action.absent ?? 'control not found' });
        continue;
      }
      await target.scrollIntoViewIfNeeded();
      await waitForScrollEnd(page);
      await settle(page);
      const since = await page.evaluate(() => performance.now());
      await target.click();
      await settle(page);
      const { events, frames } = await page.evaluate((start) => {
        const store = window as unknown as { benchEvents: any[]; benchFrames: any[] };
        return {
          events: store.benchEvents.filter((entry) => entry.start >= start),
          frames: store.benchFrames.filter((frame) => frame.start + frame.duration >= start),
        };
      }, since);
      const ok = await action.done(page);
      if (!ok) {
        results.push({ name: action.name, inp: null, note: 'the click changed nothing a reader would see' });
        continue;
      }
      // INP of one action: the longest entry among its interactions (pointerdown, pointerup, click share one id).
      const longest = events.reduce((max, entry) => (!max || entry.duration > max.duration ? entry : max), null);
      const bySource = new Map<string, { ms: number; layoutMs: number }>();
      for (const frame of frames) {
        for (const script of frame.scripts) {
          const sum = bySource.get(script.source) ?? { ms: 0, layoutMs: 0 };
          bySource.set(script.source, { ms: sum.ms + script.ms, layoutMs: sum.layoutMs + script.layoutMs });
        }
      }
      const round = Math.round;
      results.push({
        name: action.name,
        inp: longest ? longest.duration : 0,
        ...(longest
          ? {
              parts: {
                event: longest.name,
                inputDelay: round(longest.inputDelay),
                processing: round(longest.processing),
                presentation: round(longest.presentation),
              },
            }
          : { note: 'under 16 ms (no Event Timing entry)' }),
        scripts: [...bySource]
          .map(([source, sum]) => ({ source, ms: round(sum.ms), layoutMs: round(sum.layoutMs) }))
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 3),
        styleLayoutMs: round(
          frames.reduce(
            (sum, frame) =>
              sum + (frame.styleAndLayoutStart ? frame.start + frame.duration - frame.styleAndLayoutStart : 0),
            0,
          ),
        ),
        framesMs: round(frames.reduce((sum, frame) => sum + frame.duration, 0)),
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}
