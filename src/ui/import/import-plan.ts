import type { LayerRole } from '../../io/import/assemble-import';
import { detectCoordinateSystem, type CoordinateDetection } from '../../io/import/detect-coordinate-system';
import type { PreviewLayer } from '../../io/import/preview-bundle';
import type { CoordinateSystem } from '../../io/import/coordinate-system';
import type { TextEncoding } from '../../io/import/encoding';
import type { ImportLayerChoice } from '../../io/worker/protocol';

/** One layer's settings in the preview, before they are final. */
export interface DraftPlan {
  layer: PreviewLayer;
  role: LayerRole;
  /** An encoding chosen over the one the import found; null keeps it. */
  encoding: TextEncoding | null;
  system: CoordinateSystem | null;
  detection: CoordinateDetection;
  /** The user ticked "checked" where the reading came from the numbers alone. */
  confirmed: boolean;
}

function guessRole(layer: PreviewLayer): LayerRole {
  if (/村界|村级|village/i.test(layer.name)) return 'villages';
  if (/镇界|乡镇|镇街|township/i.test(layer.name)) return 'townships';
  return 'parcels';
}

export function draftPlan(layer: PreviewLayer, campaignLongitude: number | null): DraftPlan {
  const detection = detectCoordinateSystem(layer.prj, layer.extent, campaignLongitude);
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

/** What the loading worker is told to do with the layer; null while the layer is not ready. */
export function finalChoice(plan: DraftPlan): ImportLayerChoice | null {
  if (plan.system === null) return plan.role === 'skip' ? { name: plan.layer.name, role: 'skip', encoding: null, system: { kind: 'lonlat' } } : null;
  return { name: plan.layer.name, role: plan.role, encoding: plan.encoding, system: plan.system };
}
