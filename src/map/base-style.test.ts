import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../domain/stages';
import type { StageDefinition } from '../domain/types';
import { baseStyle } from './base-style';

// The map starts without checking its style (it held the page for tens of milliseconds):
// the style is checked here instead, against the same specification.
describe('the map style', () => {
  it('meets the style specification, with the default stages and with a campaign’s own', () => {
    const own: readonly StageDefinition[] = DEFAULT_STAGES.slice(0, 3).map((stage, index) => ({ ...stage, label: `自定${index}`, color: '#123abc' }));
    for (const stages of [DEFAULT_STAGES, own]) {
      const errors = validateStyleMin(baseStyle(stages, 'https://example.org/battle-map/'));
      expect(errors.map((error) => error.message)).toEqual([]);
    }
  });
});
