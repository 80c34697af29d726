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

/** Plots smaller than this (m²) are almost certainly a mistake in the coordinates. */
export const TINY_AREA_M2 = 1;

/** A warning for a plot of less than 1 m²: a corner typed wrongly, or degrees taken for metres. */
export function tinyAreaIssue(areaM2: number): Issue | null {
  if (!(areaM2 > 0) || areaM2 >= TINY_AREA_M2) return null;
  const shown = areaM2.toPrecision(3);
  return warning(
    'area-tiny',
    `图上量算面积只有 ${shown} 平方米（不到 1 平方米），请核对坐标`,
    `its measured area is only ${shown} m² (less than 1 m²); please check its coordinates`,
  );
}
