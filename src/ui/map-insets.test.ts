import { describe, expect, it } from 'vitest';
import { coveredInsets } from './map-insets';

const MAP = { left: 100, top: 50, right: 900, bottom: 650 };

describe('coveredInsets', () => {
  it('pushes each overlay against the edge it takes least from', () => {
    const legend = { left: 110, top: 300, right: 380, bottom: 616 };
    const zoomButtons = { left: 110, top: 60, right: 139, bottom: 150 };
    const scaleBar = { left: 110, top: 622, right: 210, bottom: 640 };
    expect(coveredInsets(MAP, [legend, zoomButtons, scaleBar])).toEqual({ top: 0, right: 0, bottom: 28, left: 280 });
  });

  it('ignores overlays outside the map or with no size', () => {
    expect(coveredInsets(MAP, [{ left: 0, top: 0, right: 90, bottom: 40 }, { left: 300, top: 300, right: 300, bottom: 400 }])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });
});
