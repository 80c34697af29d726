import { warning, type Issue } from './findings';

/** Declared and measured areas may differ by this fraction of the measured area. */
export const DECLARED_AREA_TOLERANCE = 0.05;

/** A warning when the ledger's area differs from the area measured on the map by more than 5 %. */
export function declaredAreaIssue(declaredMu: number | null, measuredMu: number): Issue | null {
  if (declaredMu === null || measuredMu <= 0) return null;
  const difference = (declaredMu - measuredMu) / measuredMu;
  if (Math.abs(difference) <= DECLARED_AREA_TOLERANCE) return null;
  const declared = declaredMu.toFixed(2);
  const measured = measuredMu.toFixed(2);
  const percent = `${difference > 0 ? '+' : ''}${(difference * 100).toFixed(2)}%`;
  return warning(
    'declared-area-mismatch',
    `台账面积 ${declared} 亩与图上量算面积 ${measured} 亩相差 ${percent}（超过 5%）`,
    `its declared area ${declared} mu differs from the measured ${measured} mu by ${percent} (more than 5 %)`,
  );
}
