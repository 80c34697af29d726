import { describe, expect, it } from 'vitest';
import { FIXTURE_PLOTS } from '../domain/summary-fixtures';
import { markFeatures } from './map-features';

describe('markFeatures', () => {
  const plotAt = (index: number) => FIXTURE_PLOTS.find((plot) => plot.index === index);
  const [first, second] = FIXTURE_PLOTS;

  it('carries each marked plot once, with its outline and first mark, and skips unknown plots', () => {
    const collection = markFeatures(plotAt, [
      [first.index, 'selected'],
      [first.index, 'hover'],
      [second.index, 'hover'],
      [99_999, 'picked'],
    ]);
    expect(collection.features.map((feature) => [feature.id, feature.properties?.mark])).toEqual([
      [first.index, 'selected'],
      [second.index, 'hover'],
    ]);
    expect(collection.features[0].geometry).toBe(first.geometry);
  });
});
