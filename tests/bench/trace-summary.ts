import type { TraceSummary } from './interactions';

/** The trace categories that show the main thread's tasks, and the JS stack of each forced layout. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'v8',
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: the CPU the thread spent, without the time the OS or the CPU throttling kept it waiting. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: any;
}

/** Events that run script: style or layout nested in one of them was forced by that script. */
const SCRIPT_EVENTS = new Set(['EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks']);
const FORCED_EVENTS = new Set(['Layout', 'UpdateLayoutTree']);
const TOP = 8;

/** The renderer's main thread of the page: the CrRendererMain thread that dispatched the most events. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  const mains = events.filter((event) => event.ph === 'M' && event.args?.name === 'CrRendererMain');
  const count = (pid: number, tid: number) =>
    events.filter((event) => event.pid === pid && event.tid === tid && event.name === 'EventDispatch').length;
  return mains.map(({ pid, tid }) => ({ pid, tid, n: count(pid, tid) })).sort((a, b) => b.n - a.n)[0] ?? null;
}

/** The top JS frame under which a forced layout was asked for, as "function (file:line)". */
function callerOf(event: TraceEvent): string {
  const stack = event.args?.beginData?.stackTrace ?? event.args?.data?.stackTrace ?? [];
  const frame = stack[0];
  if (!frame) return '(no stack)';
  return `${frame.functionName || '(anonymous)'} (${String(frame.url).split('/').pop()}:${frame.lineNumber + 1})`;
}

/** The input events of a click, the first of which opens the interaction's window. */
const INPUT_TYPES = new Set(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);

/**
 * Reduces a Chrome trace to the main thread's self time per event name (nested complete events, so a
 * Layout inside a FunctionCall counts once, as Layout), the style and layout forced inside script, and
 * who forced it, over the interaction: the tasks from the click's first input event to the end of the
 * frame after its last (or `windowMs` later, its INP, if the trace has no such frame). Times are the thread's CPU time (trace `tdur`), so a busy machine or the
 * CPU throttling's pauses do not count; the trace has them in µs, the summary in ms.
 */
export function summariseTrace(traceEvents: TraceEvent[], windowMs: number): TraceSummary {
  const thread = mainThread(traceEvents);
  const onThread = traceEvents
    .filter((event) => thread && event.pid === thread.pid && event.tid === thread.tid)
    .filter((event) => event.ph === 'X' && typeof event.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const inputs = onThread.filter((event) => event.name === 'EventDispatch' && INPUT_TYPES.has(event.args?.data?.type));
  const [first, last] = [inputs[0], inputs.at(-1)];
  // The task that dispatched the first input event opens the window; the frame after the last one
  // (its Commit hands it to the compositor) closes it. Work deferred until after that paint is not in it.
  const from = onThread.find((event) => first && event.ts <= first.ts && event.ts + event.dur! >= first.ts)?.ts;
  const commit = onThread.find((event) => last && event.name === 'Commit' && event.ts >= last.ts + last.dur!);
  const to = commit ? commit.ts + commit.dur! : (from ?? 0) + windowMs * 1000;
  const complete = from === undefined ? [] : onThread.filter((event) => event.ts >= from && event.ts < to);
  // Thread time where the trace has it: what the work costs, whatever else runs on the machine.
  const cost = (event: TraceEvent) => event.tdur ?? event.dur!;
  const self = new Map<string, number>();
  const forcedBy = new Map<string, number>();
  let forced = 0;
  let total = 0;
  const stack: TraceEvent[] = [];
  for (const event of complete) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - cost(event));
    else total += cost(event);
    self.set(event.name, (self.get(event.name) ?? 0) + cost(event));
    if (FORCED_EVENTS.has(event.name) && stack.some((outer) => SCRIPT_EVENTS.has(outer.name))) {
      // Only the outermost forced style or layout: UpdateLayoutTree inside Layout is counted by Layout.
      if (!stack.some((outer) => FORCED_EVENTS.has(outer.name))) {
        forced += cost(event);
        const caller = callerOf(event);
        forcedBy.set(caller, (forcedBy.get(caller) ?? 0) + cost(event));
      }
    }
    stack.push(event);
  }
  const ms = (us: number) => Math.round(us / 100) / 10;
  return {
    cpuMs: ms(total),
    byEvent: [...self]
      .map(([name, us]) => ({ name, ms: ms(us) }))
      .filter((entry) => entry.ms > 0)
      .sort((a, b) => b.ms - a.ms)
      .slice(0, TOP),
    forcedMs: ms(forced),
    forcedBy: [...forcedBy]
      .map(([frame, us]) => ({ frame, ms: ms(us) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3),
    events: traceEvents,
  };
}
