/**
 * `npm run bench`: Lighthouse on the article page, served gzipped from a fresh build, against the
 * text-only floor (same article, no map, no timeline, no scripts). Not a test: timings are noisy,
 * so it prints medians with min–max and writes the raw figures to bench-results/<timestamp>.json.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, findChromium } from '../helpers/browser';
import { ROOT, buildOrThrow } from '../helpers/build';
import { makeFixtureProject } from '../helpers/fixture';
import { listFiles } from '../helpers/html';
import { loadPage } from './playwright-load';
import { serveGzip } from './serve-gzip';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TIMINGS = { fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift' } as const;
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
  const maxWindow = Math.max(1, Math.floor(((throttling.throughputKbps * 1024) / 8) * (throttling.rttMs / 1000) / SEGMENT_BYTES));
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
  sample.documentRoundTrips = roundTrips(sample['bytes.document']!, lhr.configSettings.throttling);
  // Lighthouse's measure of how fast this machine was during the run: TBT and the simulated times
  // scale the tasks it observed, so a slow or busy machine shows up here before it shows in them.
  sample.benchmarkIndex = lhr.environment?.benchmarkIndex ?? 0;
  return sample;
}

function failingAudits(lhr: any): string[] {
  return CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref: any) => ref.weight > 0)
      .map((ref: any) => lhr.audits[ref.id])
      .filter((audit: any) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
      .map((audit: any) => `${category} › ${audit.id} (${audit.score}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`),
  );
}

async function runLighthouse(url: string, options: { desktop?: boolean }) {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      options.desktop ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    return { sample: summarise(result.lhr), failing: failingAudits(result.lhr) };
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
  key === 'cls' ? value.toFixed(3) : key.startsWith('bytes.') ? `${(value / 1024).toFixed(1)} KB` : String(Math.round(value));

function printTable(title: string, stats: ReturnType<typeof aggregate>): void {
  console.log(`\n${title} (median, min–max, ${RUNS} runs)`);
  console.table(
    Object.fromEntries(
      Object.entries(stats).map(([key, { median, min, max }]) => [key, { median: format(key, median), range: `${format(key, min)}–${format(key, max)}` }]),
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
  return makeFixtureProject({ [`content/article/${slugFile}`]: mdx });
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
  const chromium = execFileSync(findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  return { cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`, memory: `${gib(totalmem())} (${gib(freemem())} free)`, chromium, node: process.version };
}

async function main(): Promise<void> {
  const slugFile = readdirSync(join(ROOT, 'content', 'article')).find((name) => /\.mdx?$/.test(name))!;
  const path = `/${slugFile.replace(/\.mdx?$/, '')}/`;
  console.log(`Building the site and its text-only copy for ${path} …`);
  // Servers first, so each build can be given its server as SITE, as a real host would be: the
  // canonical URL, robots.txt and the sitemap then exist and are absolute.
  const textOnly = textOnlyProject(slugFile);
  const full = await serveGzip(join(ROOT, 'dist'));
  const floor = await serveGzip(join(textOnly.root, 'dist'));
  await buildOrThrow(ROOT, { SITE: full.origin, BASE: '' });
  await buildTextOnly(textOnly.root, floor.origin);
  const failing = new Set<string>();
  const collect = (runs: { sample: Sample; failing: string[] }[]) => {
    runs.forEach((run) => run.failing.forEach((audit) => failing.add(audit)));
    return runs.map((run) => run.sample);
  };
  try {
    // A B A B: the page and its floor alternate, so drift in the machine hits both alike.
    const mobile: Sample[] = [];
    const mobileFloor: Sample[] = [];
    for (let run = 0; run < RUNS; run++) {
      mobile.push(...collect([await runLighthouse(full.origin + path, {})]));
      mobileFloor.push((await runLighthouse(floor.origin + path, {})).sample);
    }
    const desktop = collect(await sequence(RUNS, () => runLighthouse(full.origin + path, { desktop: true })));
    // The floor without JavaScript, and the same load with it, measured the same (unthrottled) way.
    const withJavascript: Sample[] = [];
    const noJavascript: Sample[] = [];
    for (let run = 0; run < RUNS; run++) {
      withJavascript.push(await loadPage(full.origin + path, true));
      noJavascript.push(await loadPage(full.origin + path, false));
    }

    const results = {
      date: new Date().toISOString(),
      machine: machine(),
      page: path,
      runs: RUNS,
      server: '127.0.0.1, gzip level 9 for html/js/css/svg/json',
      mobile: aggregate(mobile),
      desktop: aggregate(desktop),
      unthrottledWithJavascript: aggregate(withJavascript),
      unthrottledWithoutJavascript: aggregate(noJavascript),
      mobileTextOnly: aggregate(mobileFloor),
      enrichmentCost: {
        lcp: median(mobile.map((s) => s.lcp!)) / median(mobileFloor.map((s) => s.lcp!)),
        bytes: median(mobile.map((s) => s['bytes.total']!)) / median(mobileFloor.map((s) => s['bytes.total']!)),
        tbtMs: median(mobile.map((s) => s.tbt!)) - median(mobileFloor.map((s) => s.tbt!)),
        // Each A B pair ran back to back, so its difference cancels most of the machine's drift.
        tbtPairedMs: median(mobile.map((s, run) => s.tbt! - mobileFloor[run]!.tbt!)),
      },
      failingAudits: [...failing].sort(),
      samples: { mobile, desktop, mobileFloor, withJavascript, noJavascript },
    };
    printTable(`Mobile ${path}`, results.mobile);
    printTable(`Desktop ${path}`, results.desktop);
    printTable(`Playwright load, unthrottled, JavaScript on`, results.unthrottledWithJavascript);
    printTable(`Playwright load, unthrottled, JavaScript off (the no-JS floor)`, results.unthrottledWithoutJavascript);
    printTable(`Mobile, text-only build (no map, no timeline, no scripts)`, results.mobileTextOnly);
    const cost = results.enrichmentCost;
    console.log(
      `\nEnrichment cost vs text-only (mobile medians): LCP ×${cost.lcp.toFixed(2)} (target ≤ 1.15), bytes ×${cost.bytes.toFixed(2)}, TBT ${signed(cost.tbtMs)} ms (median of the pairs: ${signed(cost.tbtPairedMs)} ms)`,
    );
    const documentLine = (samples: Sample[]) =>
      `${(median(samples.map((s) => s['bytes.document']!)) / 1024).toFixed(1)} KB in ${median(samples.map((s) => s.documentRoundTrips!))} round trip(s)`;
    console.log(
      `Document on the wire (mobile): ${documentLine(mobile)}; text-only ${documentLine(mobileFloor)}. The first round trip carries ${((FIRST_WINDOW_SEGMENTS * SEGMENT_BYTES) / 1024).toFixed(1)} KB.`,
    );
    console.log(failing.size ? `\nAudits below 1 in some run:\n  ${[...failing].join('\n  ')}` : '\nNo failing audits.');
    const outDir = join(ROOT, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    const outFile = join(outDir, `${results.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nMachine: ${JSON.stringify(results.machine)}\nWrote ${outFile}`);
  } finally {
    await full.close();
    await floor.close();
    textOnly.remove();
  }
}

async function sequence<T>(count: number, task: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < count; run++) results.push(await task());
  return results;
}

await main();
