import gcoord from 'gcoord';
import proj4 from 'proj4';
import type { Geometry, Position } from 'geojson';
import type { CoordinateSystem } from './coordinate-system';
import { proj4Definition, zoneByEpsg } from './projections';
import { mapPositions } from './transform-geometry';

const WGS84 = 'WGS84';

/** A function taking one position in `system` to CGCS2000/WGS84 longitude/latitude. */
export function positionConverter(system: CoordinateSystem): (position: Position) => Position {
  switch (system.kind) {
    case 'lonlat':
      return (position) => position;
    case 'gcj02':
      // gcoord changes an array it is given: hand it a copy.
      return ([x, y]) => gcoord.transform([x, y], gcoord.GCJ02, gcoord.WGS84);
    case 'bd09':
      return ([x, y]) => gcoord.transform([x, y], gcoord.BD09, gcoord.WGS84);
    case 'gauss-kruger': {
      const zone = zoneByEpsg(system.epsg);
      if (!zone) throw new Error(`EPSG:${system.epsg} is not a built-in Gauss-Krüger zone`);
      const converter = proj4(proj4Definition(zone, system.towgs84), WGS84);
      return ([x, y]) => converter.forward([x, y]);
    }
    case 'wkt': {
      const converter = proj4(system.wkt, WGS84);
      return ([x, y]) => converter.forward([x, y]);
    }
  }
}

/** The geometry in CGCS2000/WGS84 longitude/latitude; the input is not changed. */
export function convertGeometry<G extends Geometry>(geometry: G, system: CoordinateSystem): G {
  if (system.kind === 'lonlat') return geometry;
  return mapPositions(geometry, positionConverter(system));
}
