/**
 * What stands before the first paint in Lighthouse's simulation, and which tasks block the main thread
 * after it: read from one run's trace and network log, so the bench can say why a figure is what it is.
 *
 * The simulation (Lighthouse's "Lantern", `throttlingMethod: 'simulate'`) replays the nodes of a graph
 * on a model of a slow phone: the network requests on simulated TCP (150 ms round trips, 10 segments
 * of 1460 B in the first one), the main-thread tasks it recorded, multiplied by 4 (by 2 for a task that
 * lays out). Its LCP is the mean of an optimistic and a pessimistic graph; the pessimistic one holds
 * every request that ended before the recorded LCP and every task that laid out before it.
 */
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';
import { LanternTotalBlockingTime } from 'lighthouse/core/computed/metrics/lantern-total-blocking-time.js';

/** One node on the path to the simulated LCP. */
export interface PathNode {
  kind: 'network' | 'cpu';
  /** For a request, its path and size on the wire; for a task, its main events. */
  what: string;
  /** When it ended in the simulation, ms from the navigation. */
  endMs: number;
  /** Its own simulated time (a request: from its start to its end). */
  simulatedMs: number;
  /** A task's duration as recorded on this machine (network: 0). */
  observedMs: number;
}

export interface LcpPath {
  /** The simulated LCP: the mean of the optimistic and the pessimistic graphs' estimates. */
  lcpMs: number;
  optimisticMs: number;
  pessimisticMs: number;
  /** The pessimistic graph's nodes in the order they ended (it holds the optimistic graph's). */
  nodes: PathNode[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: any;
}

/** Events that only wrap others: not what a task did. */
const WRAPPERS = /^(RunTask|ThreadControllerImpl::RunTask|v8\.|V8\.|TimerBase::run|ProxyMain::BeginMainFrame)/;

/** The largest events inside a task, largest first, as "Layout 20.9" (ms): what it spent its time on. */
function mainEvents(children: TraceEvent[], count = 3): string {
  const byName = new Map<string, number>();
  for (const event of children) {
    if (WRAPPERS.test(event.name)) continue;
    const fn = event.name === 'FunctionCall' ? event.args?.data?.functionName : '';
    const key = fn ? `script ${fn}` : event.name;
    byName.set(key, Math.max(byName.get(key) ?? 0, (event.dur ?? 0) / 1000));
  }
  return (
    [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
      .join(', ') || '(no traced events)'
  );
}

/** The inputs of Lighthouse's simulated metrics, from a run's result (`lighthouse()`'s return value). */
function metricData(result: any) {
  const { artifacts, lhr } = result;
  return {
    trace: artifacts.Trace,
    devtoolsLog: artifacts.DevtoolsLog,
    gatherContext: artifacts.GatherContext,
    settings: lhr.configSettings,
    URL: artifacts.URL,
    SourceMaps: [],
    simulator: null,
  } as any;
}

/**
 * A `simulate` run's simulated LCP path, and the tasks its simulated TBT counts: those of 50 ms or
 * more once the simulation has scaled them, ending after its first contentful paint.
 */
export async function simulation(result: any): Promise<{ path: LcpPath; longTasks: LongTask[] }> {
  const data = metricData(result);
  const context = { computedCache: new Map() } as any;
  const lcp: any = await LanternLargestContentfulPaint.request(data, context);
  const fcp: any = await LanternFirstContentfulPaint.request(data, context);
  const tbt: any = await LanternTotalBlockingTime.request(data, context);
  const fcpMs: number = fcp.optimisticEstimate.timeInMs;
  const longTasks: LongTask[] = [...tbt.pessimisticEstimate.nodeTimings]
    .filter(([node, timing]: [any, any]) => node.type === 'cpu' && timing.duration >= 50 && timing.endTime > fcpMs)
    .map(([node, timing]: [any, any]) => ({
      afterFcpMs: timing.startTime - fcpMs,
      ms: timing.duration,
      what: mainEvents(node.childEvents ?? []),
    }))
    .sort((a, b) => a.afterFcpMs - b.afterFcpMs);
  return { path: lcpPathOf(lcp, result.lhr), longTasks };
}

function lcpPathOf(lcp: any, lhr: any): LcpPath {
  const nodes: PathNode[] = [...lcp.pessimisticEstimate.nodeTimings].map(([node, timing]: [any, any]) =>
    node.type === 'network'
      ? {
          kind: 'network' as const,
          what: `${new URL(node.request.url).pathname} ${(node.request.transferSize / 1024).toFixed(1)} KB`,
          endMs: timing.endTime,
          simulatedMs: timing.endTime - timing.startTime,
          observedMs: 0,
        }
      : {
          kind: 'cpu' as const,
          what: mainEvents(node.childEvents ?? []),
          endMs: timing.endTime,
          simulatedMs: timing.endTime - timing.startTime,
          observedMs: (node.event?.dur ?? 0) / 1000,
        },
  );
  return {
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
    optimisticMs: lcp.optimisticEstimate.timeInMs,
    pessimisticMs: lcp.pessimisticEstimate.timeInMs,
    nodes: nodes.sort((a, b) => a.endMs - b.endMs),
  };
}

/** One line per node: "document 37.0 KB 754 ms (to 754) · task ParseHTML 10.7: 43 ms (10.7 here ×4)". */
export function formatPath(path: LcpPath): string {
  return path.nodes
    .map((node) =>
      node.kind === 'network'
        ? `${node.what}: ${Math.round(node.simulatedMs)} ms (ends at ${Math.round(node.endMs)})`
        : `task [${node.what}]: ${Math.round(node.simulatedMs)} ms (${node.observedMs.toFixed(1)} recorded here ×${(node.simulatedMs / Math.max(node.observedMs, 0.001)).toFixed(1)})`,
    )
    .join(' → ');
}

/** The network's and the main thread's shares of the simulated LCP, in ms. */
export function pathShares(path: LcpPath): { network: number; cpu: number } {
  const network = Math.max(0, ...path.nodes.filter((node) => node.kind === 'network').map((node) => node.endMs));
  const cpu = path.nodes.filter((node) => node.kind === 'cpu').reduce((sum, node) => sum + node.simulatedMs, 0);
  return { network, cpu };
}

/** A main-thread task of the recorded load, as TBT counts it. */
export interface LongTask {
  /** Its start, ms after the first contentful paint (simulated, for `simulate`). */
  afterFcpMs: number;
  /** Its duration as TBT sees it: as recorded (`devtools`) or as simulated (`simulate`). */
  ms: number;
  what: string;
}

/**
 * A `devtools` run's tasks after the first contentful paint that last over 50 ms, as recorded (the CPU
 * was slowed while recording): TBT adds up each one's time over 50 ms.
 */
export function recordedLongTasks(result: any): LongTask[] {
  const events: TraceEvent[] = result.artifacts.Trace?.traceEvents ?? [];
  const fcp = events.find((event) => event.name === 'firstContentfulPaint');
  if (!fcp) return [];
  const thread = events.filter((event) => event.pid === fcp.pid && event.tid === fcp.tid && event.ph === 'X');
  const tasks = thread.filter((event) => event.name === 'RunTask' && event.ts >= fcp.ts);
  return tasks
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const children = thread.filter((event) => event !== task && event.ts >= task.ts && event.ts < end);
      return { afterFcpMs: (task.ts - fcp.ts) / 1000, ms: (task.dur ?? 0) / 1000, what: mainEvents(children) };
    })
    .filter((task) => task.ms > 50);
}

export const formatLongTasks = (tasks: LongTask[]): string =>
  tasks.length
    ? tasks.map((task) => `FCP+${Math.round(task.afterFcpMs)} ms: ${Math.round(task.ms)} ms [${task.what}]`).join('; ')
    : 'none';
