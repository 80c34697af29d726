import type { Browser } from 'playwright-core';
import { APP_READY, BenchPage } from './bench-browser';
import { appUrl } from './browser-load';
import { context, type Figure } from './results';
import type { ScaleCampaign } from './scale-data';
import { median } from './statistics';

/** Chromium's event for one task of a thread's run loop; `dur` is wall clock, `tdur` the thread's CPU time (µs). */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/** Tasks shorter than this are not long tasks (the browser's own threshold). */
const LONG_TASK_US = 50_000;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** One long task of the page's main thread: how long it held the thread, and how much of that it ran on a core. */
export interface TracedTask {
  wallMs: number;
  cpuMs: number;
}

/**
 * The long tasks of the page's main thread in a Chromium trace: the renderer main thread
 * that ran the most, its outermost task events. A task's wall time less its CPU time is time
 * the thread waited: for the GPU process (WebGL and canvas set-up, shader links), for a font
 * file, or for a core while the page's workers and the GPU process had both.
 */
export function longTasksOfBusiestPage(events: readonly TraceEvent[]): TracedTask[] {
  const mainThreads = new Set(
    events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.ph !== 'X' || !TASK_EVENTS.has(event.name) || event.dur === undefined) continue;
    const thread = `${event.pid}:${event.tid}`;
    if (!mainThreads.has(thread)) continue;
    const tasks = byThread.get(thread) ?? [];
    tasks.push(event);
    byThread.set(thread, tasks);
  }
  const busy = (tasks: readonly TraceEvent[]) => tasks.reduce((sum, task) => sum + (task.dur ?? 0), 0);
  const busiest = [...byThread.values()].sort((a, b) => busy(b) - busy(a))[0] ?? [];
  busiest.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const outermost: TracedTask[] = [];
  let end = -Infinity;
  for (const task of busiest) {
    if (task.ts < end) continue;
    end = task.ts + (task.dur ?? 0);
    if ((task.dur ?? 0) > LONG_TASK_US) outermost.push({ wallMs: (task.dur ?? 0) / 1000, cpuMs: (task.tdur ?? 0) / 1000 });
  }
  return outermost;
}

/** A page opened on `campaign` under Chromium's tracing (task events only), until ready. */
async function traceOnce(browser: Browser, url: string): Promise<TracedTask[]> {
  await browser.startTracing(undefined, { categories: ['toplevel'] });
  // The trace is stopped whether or not the page opened, so that the next load can trace.
  const opened = await BenchPage.open(browser, url, APP_READY).then(
    ({ page }) => ({ page }),
    (error: unknown) => ({ error }),
  );
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  if ('error' in opened) throw opened.error;
  await opened.page.close();
  return longTasksOfBusiestPage(trace.traceEvents);
}

/**
 * How much of the longest main-thread tasks of a page opened on `campaign` was the page's own
 * work: each load traced, each long task's wall time beside its CPU time.
 */
export async function measureTaskCpu(browser: Browser, origin: string, campaign: ScaleCampaign, rounds: number, log: (line: string) => void): Promise<Figure[]> {
  const longestWall: number[] = [];
  const cpuOfLongest: number[] = [];
  const mostCpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const tasks = await traceOnce(browser, appUrl(origin, campaign));
    const longest = tasks.reduce<TracedTask>((a, b) => (b.wallMs > a.wallMs ? b : a), { wallMs: 0, cpuMs: 0 });
    longestWall.push(longest.wallMs);
    cpuOfLongest.push(longest.cpuMs);
    mostCpu.push(tasks.reduce((most, task) => Math.max(most, task.cpuMs), 0));
    log(`  round ${round + 1}: ${tasks.length} long tasks; longest ${longest.wallMs.toFixed(0)} ms (${longest.cpuMs.toFixed(0)} ms on a core); most on a core in one task ${mostCpu.at(-1)?.toFixed(0)} ms`);
  }
  const count = campaign.plotCount.toLocaleString('en-US');
  return [
    context({ key: `tasks.longest_wall_ms.${campaign.plotCount}`, label: `page opened on ${count} plots, traced: longest main-thread task`, value: median(longestWall), unit: 'ms', samples: longestWall }),
    context({
      key: `tasks.cpu_of_longest_ms.${campaign.plotCount}`,
      label: `that task's time running on a core (the rest waiting)`,
      value: median(cpuOfLongest),
      unit: 'ms',
      samples: cpuOfLongest,
      note: 'Chromium trace, toplevel task events: tdur (thread CPU time) against dur (wall clock)',
    }),
    context({
      key: `tasks.most_cpu_ms.${campaign.plotCount}`,
      label: `most time any one main-thread task ran on a core, ${count} plots`,
      value: median(mostCpu),
      unit: 'ms',
      samples: mostCpu,
    }),
  ];
}
