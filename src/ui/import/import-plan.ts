import type { LayerPlan, LayerRole } from '../../io/import/assemble-import';
import { detectCoordinateSystem, type CoordinateDetection } from '../../io/import/detect-coordinate-system';
import type { RawLayer } from '../../io/import/import-types';
import { extentOf } from '../../io/import/transform-geometry';
import type { CoordinateSystem } from '../../io/import/coordinate-system';

/** One layer's settings in the preview, before they are final. */
export interface DraftPlan {
  layer: RawLayer;
  role: LayerRole;
  encoding: LayerPlan['encoding'];
  system: CoordinateSystem | null;
  detection: CoordinateDetection;
  /** The user ticked "checked" where the reading came from the numbers alone. */
  confirmed: boolean;
}

function guessRole(layer: RawLayer): LayerRole {
  if (/村界|村级|village/i.test(layer.name)) return 'villages';
  if (/镇界|乡镇|镇街|township/i.test(layer.name)) return 'townships';
  return 'parcels';
}

export function draftPlan(layer: RawLayer, campaignLongitude: number | null): DraftPlan {
  const detection = detectCoordinateSystem(layer.prj, extentOf(layer.features.map((feature) => feature.geometry)), campaignLongitude);
  const declared = layer.declaredSystem?.system ?? null;
  return {
    layer,
    role: guessRole(layer),
    encoding: null,
    system: declared ?? detection.system,
    detection: declared ? { ...detection, confirm: false } : detection,
    confirmed: false,
  };
}

export function planReady(plan: DraftPlan): boolean {
  if (plan.role === 'skip') return true;
  return plan.system !== null && (!plan.detection.confirm || plan.confirmed);
}

export function finalPlan(plan: DraftPlan): LayerPlan | null {
  if (plan.system === null) return plan.role === 'skip' ? { layer: plan.layer, role: 'skip', encoding: null, system: { kind: 'lonlat' } } : null;
  return { layer: plan.layer, role: plan.role, encoding: plan.encoding, system: plan.system };
}
