import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { CHRONOLOGY_ID, MAP_ID } from '../../src/lib/page-ids';
import { CHROMIUM_ARGS, findChromium, waitForEnhancements, waitForScrollEnd } from '../helpers/browser';
import { TRACE_CATEGORIES, summariseTrace } from './trace-summary';

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
  /** With `trace`: main-thread self time by Chrome trace event, largest first (the click to the settled frame). */
  trace?: TraceSummary;
}

/** What one action's Chrome trace spent on the renderer's main thread, in ms of self time. */
export interface TraceSummary {
  /** The main thread's CPU time over the interaction, in ms: thread time, so other processes' load hardly counts (the CPU throttling does). */
  cpuMs: number;
  /** CPU self time by trace event name (FunctionCall, Layout, UpdateLayoutTree, Paint…), largest first. */
  byEvent: { name: string; ms: number }[];
  /** Style and layout forced inside script (an event handler reading layout after writing it). */
  forcedMs: number;
  /** Where forced layouts were asked for: the top JS frame of each, with its time. */
  forcedBy: { frame: string; ms: number }[];
  /** The raw trace, for Chrome DevTools' Performance panel (Load profile…). */
  events: unknown[];
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
  let openPeriods = 0;
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
      // The closed period with the most events, before "next event" can open it: the most to lay out.
      name: 'open a collapsed period',
      find: async (page) => {
        openPeriods = await page.locator(`#${CHRONOLOGY_ID} details.period[open]`).count();
        const periods = page.locator(`#${CHRONOLOGY_ID} details.period:not([open])`);
        const sizes = await periods.evaluateAll((all) => all.map((period) => period.querySelectorAll('li[id]').length));
        if (!sizes.length) return null;
        return periods.nth(sizes.indexOf(Math.max(...sizes))).locator('> summary');
      },
      done: async (page) => (await page.locator(`#${CHRONOLOGY_ID} details.period[open]`).count()) > openPeriods,
      absent: 'n/a on this build (no collapsed period in the timeline)',
    },
    {
      name: 'next event (Successivo)',
      find: async (page) => {
        before = await hash(page);
        return firstOrNull(page.locator(`#${CHRONOLOGY_ID}`).getByRole('button', { name: /Successivo/ }));
      },
      done: async (page) => (await hash(page)) !== before && (await hash(page)).startsWith('#tappa-'),
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
 * Where a click on `target` lands: the centre of its box, once checked (before the interaction) that
 * the element there is `target` or inside it; null if something else covers it. The bench then clicks
 * that point with the bare mouse, not with `locator.click()`, whose hit-target check listens to the
 * click's own pointerdown and forces a layout inside it: a cost of the harness (3–5 ms on the 4× slowed
 * CPU), not of the page, that would count in the interaction.
 */
async function clickPoint(target: Locator): Promise<{ x: number; y: number } | null> {
  const box = await target.boundingBox();
  if (!box) return null;
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const hits = await target.evaluate((element, { x, y }) => element.contains(document.elementFromPoint(x, y)), point);
  return hits ? point : null;
}

/** Clicks `target` and lets the page settle; with `browser`, records a Chrome trace of it meanwhile. */
async function clickAndSettle(page: Page, target: Locator, browser: Browser | null) {
  const point = process.env.BENCH_LOCATOR_CLICK === '1' ? null : await clickPoint(target);
  if (browser) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  if (point) await page.mouse.click(point.x, point.y);
  else await target.click();
  await settle(page);
  return browser ? JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents : null;
}

/**
 * Loads `url` at 390 px with the CPU slowed `CPU_SLOWDOWN`× (CDP Emulation.setCPUThrottlingRate), waits
 * for the enhancements, then clicks through the main interactions, each after scrolling its control into
 * view and letting the page settle, so each latency is the click's own. With `trace`, each click is
 * also recorded as a Chrome trace (which slows it: its latency is then not comparable). `slowdown`
 * 1 runs the CPU at this machine's speed (for the trace's CPU times, which the throttling inflates).
 */
export async function measureInteractions(
  url: string,
  { trace = false, slowdown = CPU_SLOWDOWN } = {},
): Promise<InteractionResult[]> {
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
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
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
      const traced = await clickAndSettle(page, target, trace ? browser : null);
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
        // The trace over the interaction: from its first input event to its next paint.
        ...(traced ? { trace: summariseTrace(traced, longest?.duration ?? 0) } : {}),
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export type AggregatedInteraction = InteractionResult & { min?: number; max?: number; runs?: number };

/** Median per action, over the runs where it was measured; the parts and scripts of the median run. */
export function aggregateInteractions(runs: InteractionResult[][]): AggregatedInteraction[] {
  return runs[0]!.map((first, index) => {
    const measured = runs.map((run) => run[index]!).filter((result) => result.inp !== null);
    if (!measured.length) return { name: first.name, inp: null, ...(first.note ? { note: first.note } : {}) };
    const sorted = [...measured].sort((a, b) => a.inp! - b.inp!);
    const middle = sorted[Math.floor((sorted.length - 1) / 2)]!;
    return {
      ...middle,
      inp: median(measured.map((result) => result.inp!)),
      min: sorted[0]!.inp!,
      max: sorted[sorted.length - 1]!.inp!,
      runs: measured.length,
    };
  });
}

/** Prints the medians as a table: INP with its range, its parts, the frames' work and the top script. */
export function printInteractions(interactions: AggregatedInteraction[], runs: number): void {
  console.log(
    `\nInteraction to Next Paint, CPU slowed ${CPU_SLOWDOWN}× (Event Timing, longest entry per action; median of ${runs} runs; target ≤ 100 ms)`,
  );
  console.table(
    Object.fromEntries(
      interactions.map((result) => [
        result.name,
        {
          inp:
            result.inp === null
              ? result.note
              : `${result.inp} ms${runs > 1 ? ` (${result.min}–${result.max})` : ''}${result.inp > 100 ? ' over' : ''}`,
          'delay · handlers · to paint': result.parts
            ? `${result.parts.inputDelay} · ${result.parts.processing} · ${result.parts.presentation} (${result.parts.event})`
            : '',
          'long frames · style+layout':
            result.framesMs === undefined ? '' : `${result.framesMs} · ${result.styleLayoutMs} ms`,
          'top script (ms, forced layout ms)': result.scripts?.[0]
            ? `${result.scripts[0].source} ${result.scripts[0].ms} (${result.scripts[0].layoutMs})`
            : '',
        },
      ]),
    ),
  );
}

/** Prints what each traced action spent on the main thread (self time by trace event) and who forced layout. */
export function printTraces(results: InteractionResult[]): void {
  for (const result of results) {
    if (!result.trace) continue;
    const { cpuMs, byEvent, forcedMs, forcedBy } = result.trace;
    console.log(
      `\n${result.name} (traced: INP ${result.inp ?? '?'} ms; main-thread CPU from the click to its frame ${cpuMs} ms): ${byEvent.map(({ name, ms }) => `${name} ${ms}`).join(' · ')} ms`,
    );
    console.log(
      `  style/layout forced inside script: ${forcedMs} ms${forcedBy.length ? ` (${forcedBy.map(({ frame, ms }) => `${frame} ${ms}`).join('; ')})` : ''}`,
    );
  }
}
