/**
 * `npm run bench:interactions`: only the interactions of `npm run bench`, quickly. Builds the site (or,
 * with BENCH_NO_BUILD=1, serves the dist/ already there), serves it gzipped, and clicks through the main
 * interactions BENCH_RUNS times (default 5; 0 with BENCH_TRACE=1 for the trace alone) in Chromium at 390 px with the CPU slowed 4×; prints the
 * median Interaction to Next Paint per action. BENCH_TRACE=1 adds one run at full CPU speed recorded
 * as a Chrome trace: for each action, the main thread's CPU time from the click to the end of its
 * frame, by trace event, and the style and layout forced inside script, with the trace written to
 * bench-results/ for DevTools' Performance panel. That CPU time, unlike INP, hardly moves with the
 * machine's load: compare builds by it (about a quarter of the INP budget on the 4× slowed CPU).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT, buildOrThrow } from '../helpers/build';
import {
  CPU_SLOWDOWN,
  aggregateInteractions,
  measureInteractions,
  printInteractions,
  printTraces,
  type InteractionResult,
} from './interactions';
import { serveGzip } from './serve-gzip';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

async function main(): Promise<void> {
  const began = Date.now();
  const slugFile = readdirSync(join(ROOT, 'content', 'article')).find((name) => /\.mdx?$/.test(name))!;
  const path = `/${slugFile.replace(/\.mdx?$/, '')}/`;
  const loadBefore = load();
  if (process.env.BENCH_NO_BUILD !== '1') {
    console.log('Building the site …');
    await buildOrThrow(ROOT);
  }
  const server = await serveGzip(join(ROOT, 'dist'));
  try {
    const runs: InteractionResult[][] = [];
    for (let run = 0; run < RUNS; run++) {
      runs.push(await measureInteractions(server.origin + path));
      console.log(
        `  run ${run + 1} of ${RUNS}: ${runs
          .at(-1)!
          .map((result) => result.inp ?? '–')
          .join(' · ')} ms`,
      );
    }
    const interactions = RUNS > 0 ? aggregateInteractions(runs) : [];
    if (RUNS > 0) printInteractions(interactions, RUNS);
    const outDir = join(ROOT, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    if (process.env.BENCH_TRACE === '1') {
      // At full speed: the trace's CPU times are then the work's own (the throttling inflates them unevenly).
      const traced = await measureInteractions(server.origin + path, { trace: true, slowdown: 1 });
      printTraces(traced);
      traced.forEach((result, index) => {
        if (!result.trace) return;
        const file = join(outDir, `trace-${stamp}-${index + 1}.json`);
        writeFileSync(file, JSON.stringify({ traceEvents: result.trace.events }));
        console.log(`  ${result.name}: trace in ${file}`);
        result.trace.events = [];
      });
    }
    const outFile = join(outDir, `interactions-${stamp}.json`);
    const seconds = Math.round((Date.now() - began) / 1000);
    writeFileSync(
      outFile,
      `${JSON.stringify({ date: new Date().toISOString(), page: path, cpuSlowdown: CPU_SLOWDOWN, runs: RUNS, loadBefore, loadAfter: load(), median: interactions, samples: runs }, null, 2)}\n`,
    );
    console.log(`\nLoad average ${loadBefore} before, ${load()} after. Took ${seconds} s. Wrote ${outFile}`);
  } finally {
    await server.close();
  }
}

await main();
