import type { LoadTimes } from './browser-load';
import { context, withGoal, type Figure } from './results';
import { median } from './statistics';

const MIB = 2 ** 20;

/** Load times of the app and the bare page, and their ratio (with a goal where one is set). */
export function loadFigures(times: LoadTimes, ratioGoal: number | null): Figure[] {
  const count = times.plotCount.toLocaleString('en-US');
  const app = median(times.appMs);
  const bare = median(times.bareMs);
  const ratio = { key: `load.ratio.${times.plotCount}`, label: `load ${count} plots, app / bare`, value: app / bare, unit: '×' };
  return [
    context({
      key: `load.app_ms.${times.plotCount}`,
      label: `load ${count} plots to idle + legend: app`,
      value: app,
      unit: 'ms',
      samples: times.appMs,
      note: times.appPlots === times.plotCount ? undefined : `the app shows ${times.appPlots} of ${times.plotCount} plots`,
    }),
    context({ key: `load.bare_ms.${times.plotCount}`, label: `load ${count} plots to idle: bare maplibre`, value: bare, unit: 'ms', samples: times.bareMs }),
    ratioGoal === null ? context(ratio) : withGoal(ratio, '≤', ratioGoal, '×'),
    withGoal(
      {
        key: `load.app_longest_task_ms.${times.plotCount}`,
        label: `longest main-thread task during load, ${count} plots: app`,
        value: median(times.appLongestTaskMs),
        unit: 'ms',
        samples: times.appLongestTaskMs,
        note: 'PerformanceObserver longtask entries from navigation until ready; 0 = none over 50 ms',
      },
      '<',
      200,
    ),
    context({
      key: `load.bare_longest_task_ms.${times.plotCount}`,
      label: `longest main-thread task during load, ${count} plots: bare maplibre`,
      value: median(times.bareLongestTaskMs),
      unit: 'ms',
      samples: times.bareLongestTaskMs,
    }),
    context({
      key: `load.app_longest_less_gpu_ms.${times.plotCount}`,
      label: `longest main-thread task less its waits for the GPU process, ${count} plots: app`,
      value: median(times.appLongestLessGpuMs),
      unit: 'ms',
      samples: times.appLongestLessGpuMs,
      note: 'each long task less the time spent in canvas getContext and WebGL getters (context creation, shader links)',
    }),
    context({
      key: `load.bare_longest_less_gpu_ms.${times.plotCount}`,
      label: `longest main-thread task less its waits for the GPU process, ${count} plots: bare maplibre`,
      value: median(times.bareLongestLessGpuMs),
      unit: 'ms',
      samples: times.bareLongestLessGpuMs,
    }),
    context({
      key: `load.app_longest_gpu_wait_ms.${times.plotCount}`,
      label: `longest single wait for the GPU process, one call, ${count} plots: app`,
      value: median(times.appLongestGpuWaitMs),
      unit: 'ms',
      samples: times.appLongestGpuWaitMs,
      note: 'one canvas getContext or WebGL getter (a shader link waits in getProgramParameter); its task lasts at least this long',
    }),
    context({
      key: `load.bare_longest_gpu_wait_ms.${times.plotCount}`,
      label: `longest single wait for the GPU process, one call, ${count} plots: bare maplibre`,
      value: median(times.bareLongestGpuWaitMs),
      unit: 'ms',
      samples: times.bareLongestGpuWaitMs,
    }),
  ];
}

/** Main-thread JS heap after loading, against the size of the parcels file. */
export function memoryFigures(times: LoadTimes, parcelsBytes: number): Figure[] {
  const count = times.plotCount.toLocaleString('en-US');
  const app = median(times.appHeapBytes);
  return [
    context({ key: `memory.parcels_mib.${times.plotCount}`, label: `parcels GeoJSON file, ${count} plots`, value: parcelsBytes / MIB, unit: 'MiB' }),
    context({
      key: `memory.app_heap_mib.${times.plotCount}`,
      label: `JS heap after load (main thread, after GC): app`,
      value: app / MIB,
      unit: 'MiB',
      samples: times.appHeapBytes.map((bytes) => bytes / MIB),
      note: 'CDP Performance.getMetrics JSHeapUsedSize after HeapProfiler.collectGarbage; map workers have heaps of their own, not counted',
    }),
    context({
      key: `memory.bare_heap_mib.${times.plotCount}`,
      label: `JS heap after load (main thread, after GC): bare maplibre`,
      value: median(times.bareHeapBytes) / MIB,
      unit: 'MiB',
      samples: times.bareHeapBytes.map((bytes) => bytes / MIB),
    }),
    withGoal({ key: `memory.ratio.${times.plotCount}`, label: `JS heap / parcels file size, app`, value: app / parcelsBytes, unit: '×' }, '≤', 3, '×'),
  ];
}
