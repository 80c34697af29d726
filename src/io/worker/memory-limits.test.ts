import { describe, expect, it } from 'vitest';
import { formatFor } from './formats';
import { mapCornersProblem, memoryProblem } from './memory-limits';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;
const CHROMIUM = { heapLimitBytes: 3.5 * GIB, deviceBytes: 8 * GIB };

describe('memoryProblem', () => {
  it('lets a file through that fits in the page with room to spare', () => {
    expect(memoryProblem('parcels.geojson', 300 * MIB, 4.5, CHROMIUM)).toBeNull();
  });

  it('refuses a file the page could not hold, saying its size, what it needs and what to do', () => {
    const problem = memoryProblem('全省村界.geojson', 1.5 * GIB, 4.5, CHROMIUM);
    expect(problem?.zh).toBe(
      '“全省村界.geojson”有 1.50 GB，载入约需 6.00 GB 内存，超过本浏览器单个页面可用的 2.63 GB。请按镇街拆分文件，或简化地块边界（减少顶点）后再打开。',
    );
    expect(problem?.en).toContain('"全省村界.geojson" is 1.50 GB; loading it needs about 6.00 GB of memory');
    expect(problem?.en).toContain('Split the file by township, or simplify the plot outlines');
  });

  it('refuses a file the device could not hold, all heaps together', () => {
    const problem = memoryProblem('parcels.geojson', 1.2 * GIB, 4.5, { heapLimitBytes: 16 * GIB, deviceBytes: 4 * GIB });
    expect(problem?.zh).toContain('超过本机可用的 3.00 GB');
  });

  it('refuses a 1 GB GeoJSON file before reading it: the page’s heaps would need about 4 GB, and on a device that reports 8 GB its process about 7 GB', () => {
    const geojson = formatFor('parcels.geojson');
    const problem = memoryProblem('parcels.geojson', GIB, geojson?.memoryFactor ?? 0, CHROMIUM);
    expect(problem?.zh).toBe(
      '“parcels.geojson”有 1.00 GB，载入约需 4.00 GB 内存，超过本浏览器单个页面可用的 2.63 GB。请按镇街拆分文件，或简化地块边界（减少顶点）后再打开。',
    );
    const onDevice = memoryProblem('parcels.geojson', GIB, geojson?.memoryFactor ?? 0, { heapLimitBytes: 16 * GIB, deviceBytes: 8 * GIB });
    expect(onDevice?.zh).toBe(
      '“parcels.geojson”有 1.00 GB，载入约需 7.00 GB 内存，超过本机可用的 6.00 GB。请按镇街拆分文件，或简化地块边界（减少顶点）后再打开。',
    );
    expect(memoryProblem('parcels.geojson', 300 * MIB, geojson?.memoryFactor ?? 0, CHROMIUM)).toBeNull();
  });

  it('says nothing when the size or the budget is unknown', () => {
    expect(memoryProblem('parcels.geojson', null, 4.5, CHROMIUM)).toBeNull();
    expect(memoryProblem('parcels.geojson', 10 * GIB, 4.5, null)).toBeNull();
  });
});

describe('mapCornersProblem', () => {
  it('projects the corners of the whole file from the share read so far', () => {
    // Demo-like plots: some 10,000 corners a megabyte, 10.5 million in 1 GB.
    expect(mapCornersProblem('parcels.geojson', 1 * GIB, 4 * MIB, 40_000)).toBeNull();
    // Outlines as dense as surveyed village boundaries: some 40,000 corners a megabyte.
    const dense = mapCornersProblem('村界.geojson', 600 * MIB, 4 * MIB, 160_000);
    expect(dense?.zh).toBe('“村界.geojson”有 600.0 MB，其中地块边界约有 2,400 万个顶点，超过地图一次能接收的 2,000 万个。请按镇街拆分文件，或简化地块边界（减少顶点）后再打开。');
    expect(dense?.en).toBe(
      '"村界.geojson" is 600.0 MB; its plot outlines have about 24.0 million corners, more than the 20.0 million the map can take at once. Split the file by township, or simplify the plot outlines (fewer vertices), and open it again.',
    );
  });

  it('counts the corners already read when the file has no size to project from', () => {
    expect(mapCornersProblem('村界.geojson', 100 * MIB, 100 * MIB, 21_000_000)?.en).toContain('about 21.0 million corners');
  });
});
