/** The parser of shpjs 6 that the import uses (the package ships no types of its own). */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';

  /** Geometries of a `.shp`, in its own coordinates when no projection is given; null shapes are null. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView, prj?: string | false): (Geometry | null)[];
}
