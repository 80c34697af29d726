import { describe, expect, it } from 'vitest';
import { structureIssue } from './validate-structure';

describe('structureIssue', () => {
  it('passes a well-formed feature', () => {
    expect(structureIssue({ type: 'Feature', properties: {}, geometry: null })).toBeNull();
  });

  it('reports what geojson-validation finds', () => {
    const issue = structureIssue({ type: 'Feat', properties: {}, geometry: null });
    expect(issue).toMatchObject({ severity: 'error', code: 'feature-structure' });
    expect(issue?.en).toBe('its GeoJSON structure is invalid: type must be "Feature"');
  });

  it('turns the validator throwing on an empty ring into a finding', () => {
    const issue = structureIssue({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[]] } });
    expect(issue).toMatchObject({ severity: 'error', code: 'feature-structure' });
    expect(issue?.en).toContain('the validator could not read it');
  });
});
