/**
 * `npm run bench`: Lighthouse (mobile) on the article page, served gzipped from a fresh build, against two
 * floors: the text-only build (same article and site CSS, no map, no timeline, no scripts) and a minimal
 * page of the same text (a few lines of CSS in the document, one request), each with both of Lighthouse's
 * throttling methods, interleaved in one run; then the desktop preset, unthrottled loads with and without
 * JavaScript, and the main interactions' latency on a 4×-slowed CPU. Not a test: timings are noisy, so it
 * prints medians with min–max and writes the raw figures to bench-results/<timestamp>.json.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHRONOLOGY_ID, MAP_ID } from '../../src/lib/page-ids';
import {
  ACTOR_CARDS_ID,
  ACTOR_HASH_PREFIX,
  EVENT_HASH_PREFIX,
  RELATION_HASH_PREFIX,
  STOP_HASH_PREFIX,
  TIMELINE_ID,
} from '../../src/lib/dom';
import { CHROMIUM_ARGS, findChromium } from '../helpers/browser';
import { ROOT, buildOrThrow } from '../helpers/build';
import { makeFixtureProject } from '../helpers/fixture';
import { listFiles } from '../helpers/html';
import { CPU_SLOWDOWN, aggregateInteractions, measureInteractions, printInteractions } from './interactions';
import { writeMinimalSite } from './minimal-page';
import {
  formatLongTasks,
  formatPath,
  pathShares,
  recordedLongTasks,
  simulation,
  type LcpPath,
  type LongTask,
} from './lantern-path';
import { loadPage } from './playwright-load';
import { serveGzip } from './serve-gzip';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TIMINGS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
} as const;
const BYTE_TYPES = ['document', 'script', 'stylesheet', 'image', 'font', 'other'] as const;

type Sample = Record<string, number>;

/** TCP segment size in Lighthouse's simulated network. */
const SEGMENT_BYTES = 1460;
/** Segments the first round trip carries there. */
const FIRST_WINDOW_SEGMENTS = 10;

/**
 * Round trips Lighthouse's simulated TCP takes to deliver `bytes` on a new connection: 10 segments
 * first, then the window doubles each trip, up to what the throttled link carries in one round trip
 * (21 segments on the mobile preset). Each trip beyond the first delays the first paint by one RTT.
 */
function roundTrips(bytes: number, throttling: { rttMs: number; throughputKbps: number }): number {
  const maxWindow = Math.max(
    1,
    Math.floor((((throttling.throughputKbps * 1024) / 8) * (throttling.rttMs / 1000)) / SEGMENT_BYTES),
  );
  let window = Math.min(FIRST_WINDOW_SEGMENTS, maxWindow);
  let carried = window * SEGMENT_BYTES;
  let trips = 1;
  while (carried < bytes) {
    window = Math.min(maxWindow, window * 2);
    carried += window * SEGMENT_BYTES;
    trips++;
  }
  return trips;
}

/** One Lighthouse run reduced to the figures we report: scores ×100, times in ms, bytes transferred. */
function summarise(lhr: any): Sample {
  const sample: Sample = {};
  for (const category of CATEGORIES) sample[category] = Math.round((lhr.categories[category]?.score ?? 0) * 100);
  for (const [name, audit] of Object.entries(TIMINGS)) sample[name] = lhr.audits[audit].numericValue;
  for (const type of BYTE_TYPES) sample[`bytes.${type}`] = 0;
  for (const item of lhr.audits['network-requests'].details.items) {
    const type = String(item.resourceType ?? 'other').toLowerCase();
    const key = `bytes.${(BYTE_TYPES as readonly string[]).includes(type) ? type : 'other'}`;
    sample[key] = (sample[key] ?? 0) + (item.transferSize ?? 0);
  }
  sample['bytes.total'] = BYTE_TYPES.reduce((sum, type) => sum + sample[`bytes.${type}`]!, 0);
  sample.requests = lhr.audits['network-requests'].details.items.length;
  sample.documentRoundTrips = roundTrips(sample['bytes.document']!, lhr.configSettings.throttling);
  // Lighthouse's measure of how fast this machine was during the run: TBT and the simulated times
  // scale the tasks it observed, so a slow or busy machine shows up here before it shows in them.
  sample.benchmarkIndex = lhr.environment?.benchmarkIndex ?? 0;
  return sample;
}

/** The start of the LCP element's HTML, as Lighthouse saw it (the first paragraph, or something else?). */
function lcpElement(lhr: any): string {
  const table = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0];
  const node = table?.items?.[0]?.node ?? table?.node;
  return `${node?.snippet?.match(/^<\w+/)?.[0] ?? '?'}> ${String(node?.nodeLabel ?? '').slice(0, 40)}`;
}

function failingAudits(lhr: any): string[] {
  return CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref: any) => ref.weight > 0)
      .map((ref: any) => lhr.audits[ref.id])
      .filter((audit: any) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
      .map(
        (audit: any) =>
          `${category} › ${audit.id} (${audit.score}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`,
      ),
  );
}

type Method = 'simulate' | 'devtools';
const METHODS: readonly Method[] = ['simulate', 'devtools'];

async function runLighthouse(url: string, options: { desktop?: boolean; method?: Method }) {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        throttlingMethod: options.method ?? 'simulate',
      },
      options.desktop ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    const method = options.method ?? 'simulate';
    return {
      sample: summarise(result.lhr),
      failing: failingAudits(result.lhr),
      lcpElement: lcpElement(result.lhr),
      // Why the figures are what they are: the simulated LCP's graph, and the tasks TBT counts.
      ...(options.desktop
        ? { path: null, longTasks: [] }
        : method === 'simulate'
          ? await simulation(result)
          : { path: null, longTasks: recordedLongTasks(result) }),
    };
  } finally {
    chrome.kill();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function aggregate(samples: Sample[]): Record<string, { median: number; min: number; max: number }> {
  return Object.fromEntries(
    Object.keys(samples[0]!).map((key) => {
      const values = samples.map((sample) => sample[key]!);
      return [key, { median: median(values), min: Math.min(...values), max: Math.max(...values) }];
    }),
  );
}

const signed = (ms: number) => `${ms < 0 ? '−' : '+'}${Math.abs(Math.round(ms))}`;

const format = (key: string, value: number) =>
  key === 'cls'
    ? value.toFixed(3)
    : key.startsWith('bytes.')
      ? `${(value / 1024).toFixed(1)} KB`
      : String(Math.round(value));

function printTable(title: string, stats: ReturnType<typeof aggregate>): void {
  console.log(`\n${title} (median, min–max, ${RUNS} runs)`);
  console.table(
    Object.fromEntries(
      Object.entries(stats).map(([key, { median, min, max }]) => [
        key,
        { median: format(key, median), range: `${format(key, min)}–${format(key, max)}` },
      ]),
    ),
  );
}

/** A copy of the project whose article has no map and no timeline: the floor the enrichment is measured against. */
function textOnlyProject(slugFile: string): { root: string; remove: () => void } {
  const mdx = readFileSync(join(ROOT, 'content', 'article', slugFile), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*<(ActorMap|VisitTimeline)\b/.test(line))
    .join('\n')
    // With no map, the words that link to its actors are plain words (the build refuses links to nowhere).
    .replace(/<Actor\s+id="[^"]*">([\s\S]*?)<\/Actor>/g, '$1');
  // The updates log links into the figures and the actors' cards too, which this copy has not; its
  // entries keep their text there, not the link.
  const intoFigures = [
    MAP_ID,
    CHRONOLOGY_ID,
    TIMELINE_ID,
    EVENT_HASH_PREFIX,
    RELATION_HASH_PREFIX,
    STOP_HASH_PREFIX,
    ACTOR_HASH_PREFIX,
    ACTOR_CARDS_ID,
  ];
  const updates = JSON.parse(readFileSync(join(ROOT, 'content', 'updates.json'), 'utf8')).map(
    ({ fragment, ...entry }: { fragment?: string }) =>
      fragment && !intoFigures.some((id) => fragment.startsWith(id)) ? { ...entry, fragment } : entry,
  );
  return makeFixtureProject({
    [`content/article/${slugFile}`]: mdx,
    'content/updates.json': `${JSON.stringify(updates, null, 2)}\n`,
    // A copy without the figures publishes none of their fragments or share pages: nothing to keep.
    'content/permalinks.json': '[]\n',
  });
}

/** Builds the text-only copy for `site` and strips every script from its pages. */
async function buildTextOnly(root: string, site: string): Promise<void> {
  await buildOrThrow(root, { SITE: site, BASE: '' });
  const dir = join(root, 'dist');
  for (const file of listFiles(dir).filter((name) => name.endsWith('.html'))) {
    const html = readFileSync(join(dir, file), 'utf8');
    writeFileSync(join(dir, file), html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, ''));
  }
}

function machine(): Record<string, string> {
  const chromium = execFileSync(findChromium(), ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  return {
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memory: `${gib(totalmem())} (${gib(freemem())} free)`,
    chromium,
    node: process.version,
  };
}

/** The three pages every mobile run measures: the site, and the two floors it is compared with. */
const PAGES = ['site', 'textOnly', 'minimal'] as const;
type PageName = (typeof PAGES)[number];
const PAGE_TITLES: Record<PageName, string> = {
  site: 'article page',
  textOnly: 'text-only build (site CSS, no map, timeline or scripts)',
  minimal: 'minimal page (same text, a few lines of CSS, one request)',
};
/** The issue's targets for the site's mobile LCP against the minimal page, per throttling method. */
const LCP_TARGETS: Record<Method, number> = { devtools: 1.1, simulate: 1.25 };

const ratio = (a: Sample[], b: Sample[], key: string) => median(a.map((s) => s[key]!)) / median(b.map((s) => s[key]!));

async function main(): Promise<void> {
  const began = Date.now();
  const slugFile = readdirSync(join(ROOT, 'content', 'article')).find((name) => /\.mdx?$/.test(name))!;
  const path = `/${slugFile.replace(/\.mdx?$/, '')}/`;
  console.log(`Building the site, its text-only copy and the minimal page for ${path} …`);
  // Servers first, so each build can be given its server as SITE, as a real host would be: the
  // canonical URL, robots.txt and the sitemap then exist and are absolute.
  const textOnly = textOnlyProject(slugFile);
  const full = await serveGzip(join(ROOT, 'dist'));
  const floor = await serveGzip(join(textOnly.root, 'dist'));
  await buildOrThrow(ROOT, { SITE: full.origin, BASE: '' });
  await buildTextOnly(textOnly.root, floor.origin);
  const minimalSite = writeMinimalSite(readFileSync(join(textOnly.root, 'dist', path, 'index.html'), 'utf8'), path);
  const minimal = await serveGzip(minimalSite.dir);
  const origins: Record<PageName, string> = { site: full.origin, textOnly: floor.origin, minimal: minimal.origin };
  const failing = new Set<string>();
  try {
    // Interleaved: each run measures every page with both methods, the pages' order reversed every
    // other run, so drift in the machine hits the site and its floors alike.
    const lcpElements = new Map<string, Set<string>>();
    const paths: Record<PageName, LcpPath[]> = { site: [], textOnly: [], minimal: [] };
    const longTasks: Record<Method, LongTask[][]> = { simulate: [], devtools: [] };
    const mobile = Object.fromEntries(
      METHODS.map((method) => [method, Object.fromEntries(PAGES.map((page) => [page, [] as Sample[]]))]),
    ) as Record<Method, Record<PageName, Sample[]>>;
    for (let run = 0; run < RUNS; run++) {
      for (const method of METHODS) {
        for (const page of run % 2 ? [...PAGES].reverse() : PAGES) {
          const result = await runLighthouse(origins[page] + path, { method });
          if (page === 'site') result.failing.forEach((audit) => failing.add(`${method} › ${audit}`));
          mobile[method][page].push(result.sample);
          if (result.path) paths[page].push(result.path);
          if (page === 'site') longTasks[method].push(result.longTasks);
          const key = `${method} · ${PAGE_TITLES[page].split(' (')[0]}`;
          lcpElements.set(key, (lcpElements.get(key) ?? new Set()).add(result.lcpElement));
        }
      }
      console.log(
        `  run ${run + 1} of ${RUNS}: LCP ${METHODS.map((method) => `${method} ${PAGES.map((page) => Math.round(mobile[method][page].at(-1)!.lcp!)).join(' / ')}`).join(', ')} ms (site / text-only / minimal)`,
      );
    }
    const desktop = await sequence(RUNS, async () => {
      const result = await runLighthouse(full.origin + path, { desktop: true });
      result.failing.forEach((audit) => failing.add(`desktop › ${audit}`));
      return result.sample;
    });
    // The load with and without JavaScript, measured the same (unthrottled) way.
    const withJavascript: Sample[] = [];
    const noJavascript: Sample[] = [];
    for (let run = 0; run < RUNS; run++) {
      withJavascript.push(await loadPage(full.origin + path, true));
      noJavascript.push(await loadPage(full.origin + path, false));
    }
    const interactionRuns = await sequence(RUNS, () => measureInteractions(full.origin + path));
    const interactions = aggregateInteractions(interactionRuns);

    const ratios = Object.fromEntries(
      METHODS.map((method) => [
        method,
        {
          lcpVsMinimal: ratio(mobile[method].site, mobile[method].minimal, 'lcp'),
          lcpVsTextOnly: ratio(mobile[method].site, mobile[method].textOnly, 'lcp'),
          fcpVsMinimal: ratio(mobile[method].site, mobile[method].minimal, 'fcp'),
          fcpVsTextOnly: ratio(mobile[method].site, mobile[method].textOnly, 'fcp'),
          target: LCP_TARGETS[method],
        },
      ]),
    ) as Record<
      Method,
      { lcpVsMinimal: number; lcpVsTextOnly: number; fcpVsMinimal: number; fcpVsTextOnly: number; target: number }
    >;
    const results = {
      date: new Date().toISOString(),
      machine: machine(),
      page: path,
      runs: RUNS,
      server: '127.0.0.1, gzip level 9 for html/js/css/svg/json',
      mobile: Object.fromEntries(
        METHODS.map((method) => [
          method,
          Object.fromEntries(PAGES.map((page) => [page, aggregate(mobile[method][page])])),
        ]),
      ),
      ratios,
      lcpElements: Object.fromEntries([...lcpElements].map(([key, set]) => [key, [...set]])),
      simulatedLcpPaths: paths,
      longTasksAfterFcp: longTasks,
      desktop: aggregate(desktop),
      unthrottledWithJavascript: aggregate(withJavascript),
      unthrottledWithoutJavascript: aggregate(noJavascript),
      interactions: { cpuSlowdown: CPU_SLOWDOWN, median: interactions, runs: interactionRuns },
      failingAudits: [...failing].sort(),
      durationSeconds: Math.round((Date.now() - began) / 1000),
      samples: { mobile, desktop, withJavascript, noJavascript },
    };

    const cell = (samples: Sample[], key: string) => {
      const values = samples.map((sample) => sample[key]!);
      return RUNS > 1
        ? `${format(key, median(values))} (${format(key, Math.min(...values))}–${format(key, Math.max(...values))})`
        : format(key, values[0]!);
    };
    for (const method of METHODS) {
      console.log(`\nMobile, throttlingMethod '${method}' (median (min–max) of ${RUNS} runs)`);
      console.table(
        Object.fromEntries(
          PAGES.map((page) => [
            PAGE_TITLES[page],
            Object.fromEntries(
              ['performance', 'fcp', 'lcp', 'tbt', 'cls', 'requests', 'bytes.total', 'benchmarkIndex'].map((key) => [
                key,
                cell(mobile[method][page], key),
              ]),
            ),
          ]),
        ),
      );
    }
    console.log(`\nMobile LCP of the article page as a ratio of each floor's (medians; FCP in brackets)`);
    console.table(
      Object.fromEntries(
        METHODS.map((method) => {
          const r = ratios[method];
          return [
            method,
            {
              'vs minimal page': `×${r.lcpVsMinimal.toFixed(2)} (×${r.fcpVsMinimal.toFixed(2)})`,
              'target vs minimal': `≤ ${r.target.toFixed(2)} ${r.lcpVsMinimal <= r.target ? 'met' : 'NOT met'}`,
              'vs text-only build': `×${r.lcpVsTextOnly.toFixed(2)} (×${r.fcpVsTextOnly.toFixed(2)})`,
            },
          ];
        }),
      ),
    );
    console.log('\nLCP element (each distinct one seen)');
    console.table(Object.fromEntries([...lcpElements].map(([key, set]) => [key, [...set].join(' | ')])));
    printTable(`Desktop preset ${path}`, results.desktop);
    printTable(`Playwright load, unthrottled, JavaScript on`, results.unthrottledWithJavascript);
    printTable(`Playwright load, unthrottled, JavaScript off (the no-JS floor)`, results.unthrottledWithoutJavascript);
    printInteractions(interactions, RUNS);
    const documentLine = (samples: Sample[]) =>
      `${(median(samples.map((s) => s['bytes.document']!)) / 1024).toFixed(1)} KB in ${median(samples.map((s) => s.documentRoundTrips!))} round trip(s)`;
    console.log(
      `\nDocument on the wire (mobile): ${documentLine(mobile.simulate.site)}; text-only ${documentLine(mobile.simulate.textOnly)}; minimal ${documentLine(mobile.simulate.minimal)}. The first round trip carries ${((FIRST_WINDOW_SEGMENTS * SEGMENT_BYTES) / 1024).toFixed(1)} KB.`,
    );
    explainSimulation(paths, mobile.simulate);
    console.log(
      '\nTasks over 50 ms that TBT counts (article page; each run): with devtools as recorded, after the first paint; with simulate as the simulation schedules the whole load, where a task that starts before its first paint counts only after it:',
    );
    for (const method of METHODS)
      longTasks[method].forEach((tasks, run) => console.log(`  ${method}, run ${run + 1}: ${formatLongTasks(tasks)}`));
    console.log(
      failing.size
        ? `\nAudits below 1 in some run of the article page:\n  ${[...failing].join('\n  ')}`
        : '\nNo failing audits.',
    );
    const outDir = join(ROOT, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    const outFile = join(outDir, `${results.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
    console.log(
      `\nMachine: ${JSON.stringify(results.machine)}; load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}\nTook ${results.durationSeconds} s. Wrote ${outFile}`,
    );
  } finally {
    await full.close();
    await floor.close();
    await minimal.close();
    textOnly.remove();
    minimalSite.remove();
  }
}

/**
 * Prints, for the run with the median simulated LCP of each page, what its LCP is made of (each
 * request and main-thread task on the simulation's path to the paint), then what the article page
 * would need to meet the target: the time its document takes on the simulated network is fixed by
 * its size, the rest must fit in the main thread's share.
 */
function explainSimulation(paths: Record<PageName, LcpPath[]>, samples: Record<PageName, Sample[]>): void {
  const medianPath = (list: LcpPath[]) =>
    [...list].sort((a, b) => a.lcpMs - b.lcpMs)[Math.floor((list.length - 1) / 2)];
  console.log(
    `\nWhy the simulated LCP is what it is (the run with the median LCP; the simulation's path to the paint):`,
  );
  for (const page of PAGES) {
    const path = medianPath(paths[page]);
    if (!path) continue;
    const { network, cpu } = pathShares(path);
    console.log(
      `  ${PAGE_TITLES[page].split(' (')[0]}: LCP ${Math.round(path.lcpMs)} ms, the mean of ${Math.round(path.optimisticMs)} (optimistic) and ${Math.round(path.pessimisticMs)} (pessimistic: network ${Math.round(network)} + main thread ${Math.round(cpu)}): ${formatPath(path)}`,
    );
  }
  const site = medianPath(paths.site);
  if (!site || !samples.minimal.length) return;
  const target = LCP_TARGETS.simulate * median(samples.minimal.map((sample) => sample.lcp!));
  const { network, cpu } = pathShares(site);
  console.log(
    `  Target ×${LCP_TARGETS.simulate} of the minimal page: ${Math.round(target)} ms. The article's document alone takes ${Math.round(network)} ms there (${median(samples.site.map((s) => s.documentRoundTrips!))} round trips for ${(median(samples.site.map((s) => s['bytes.document']!)) / 1024).toFixed(1)} KB; the first carries ${((FIRST_WINDOW_SEGMENTS * SEGMENT_BYTES) / 1024).toFixed(1)} KB), leaving ${Math.round(target - network)} ms for the main thread's tasks before the paint; they take ${Math.round(site.lcpMs - network)} ms of this LCP (${Math.round(cpu)} on the pessimistic path).`,
  );
}

async function sequence<T>(count: number, task: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < count; run++) results.push(await task());
  return results;
}

await main();
