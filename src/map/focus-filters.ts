import type { FilterSpecification } from 'maplibre-gl';

/**
 * Filters for the battle map of one township: every other township dimmed, this one outlined.
 * With no township both layers show nothing.
 */
export function focusFilters(township: string | null): { dim: FilterSpecification; outline: FilterSpecification } {
  if (township === null) return { dim: ['boolean', false], outline: ['boolean', false] };
  return {
    dim: ['!=', ['get', 'name'], township],
    outline: ['==', ['get', 'name'], township],
  };
}
