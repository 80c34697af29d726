import { describe, expect, it } from 'vitest';
import { FIXTURE_PLOTS } from '../domain/summary-fixtures';
import type { StageKey } from '../domain/types';
import { markFeatures, stageChanges } from './map-features';

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

describe('stageChanges', () => {
  it('names the edited plots whose stage changed, and nothing else', () => {
    const [first, second] = FIXTURE_PLOTS;
    const stage: StageKey = first.stage === 'accepted' ? 'listed' : 'accepted';
    const edited = [{ ...first, stage }, { ...second, officer: '张强' }, ...FIXTURE_PLOTS.slice(2)];
    expect(stageChanges(FIXTURE_PLOTS, edited)).toEqual([edited[0]]);
    expect(stageChanges(FIXTURE_PLOTS, FIXTURE_PLOTS)).toEqual([]);
  });

  it('asks for the whole data when the plots are not the same plots', () => {
    const [first] = FIXTURE_PLOTS;
    expect(stageChanges(FIXTURE_PLOTS, FIXTURE_PLOTS.slice(1))).toBeNull();
    expect(stageChanges(FIXTURE_PLOTS, [{ ...first, geometry: { ...first.geometry } }, ...FIXTURE_PLOTS.slice(1)])).toBeNull();
  });
});
