import { isFeature } from 'geojson-validation';
import { error, type Issue } from './findings';

/**
 * GeoJSON structure as geojson-validation sees it (type, bbox, geometry), for a feature whose
 * geometry has already been checked and repaired. The library throws on some malformed input
 * (an empty ring), so a throw is reported as a finding too, never passed on.
 */
export function structureIssue(feature: object): Issue | null {
  let messages: string[];
  try {
    messages = isFeature(feature, true);
  } catch (thrown) {
    messages = [`the validator could not read it (${thrown instanceof Error ? thrown.message : String(thrown)})`];
  }
  if (messages.length === 0) return null;
  const detail = messages.slice(0, 3).join('; ');
  return error('feature-structure', `GeoJSON 结构不符合规范：${detail}`, `its GeoJSON structure is invalid: ${detail}`);
}
