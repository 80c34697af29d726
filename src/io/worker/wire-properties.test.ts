import { describe, expect, it } from 'vitest';
import type { Plot } from '../../domain/types';
import type { WirePlot } from './protocol';
import { CLONE_DEPTH_LIMIT, nestedDeeperThan, restoreProperties, wireProperties } from './wire-properties';

function nested(depth: number): unknown {
  return JSON.parse(`${'['.repeat(depth)}"底"${']'.repeat(depth)}`);
}

describe('properties as they travel from the loading worker', () => {
  it('measures nesting without recursion, even 10,000 deep', () => {
    expect(nestedDeeperThan({ a: 1, b: [1, { c: 2 }] }, 3)).toBe(false);
    expect(nestedDeeperThan({ a: 1, b: [1, { c: [] }] }, 3)).toBe(true);
    expect(nestedDeeperThan('text', 0)).toBe(false);
    expect(nestedDeeperThan({ deep: nested(10_000) }, CLONE_DEPTH_LIMIT)).toBe(true);
  });

  it('sends shallow properties as they are', () => {
    const properties = { id: 'A', list: [1, 2] };
    expect(wireProperties({ properties } as unknown as Plot)).toEqual({ properties });
  });

  it('sends properties nested 10,000 deep as text the page reads back the same, huge numbers included', () => {
    const properties = { id: 'DEEP-1', 附加: nested(10_000), big: JSON.parse('1e400') as number };
    const wire = { ...wireProperties({ properties } as unknown as Plot) } as WirePlot;
    expect(wire.properties).toEqual({});
    expect(typeof wire.propertiesJson).toBe('string');
    // Nothing deep is left for the structured clone to recurse into.
    expect(() => structuredClone(wire)).not.toThrow();
    restoreProperties([wire]);
    expect(wire.propertiesJson).toBeUndefined();
    expect(wire.properties.id).toBe('DEEP-1');
    expect(wire.properties.big).toBe(Number.POSITIVE_INFINITY);
    let value: unknown = wire.properties.附加;
    let depth = 0;
    while (Array.isArray(value)) {
      value = value[0];
      depth++;
    }
    expect(depth).toBe(10_000);
    expect(value).toBe('底');
  });
});
