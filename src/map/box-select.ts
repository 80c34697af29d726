import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';

/** Less than this many pixels of movement is a shift-click, not a box. */
const MINIMUM_DRAG = 4;

/**
 * Shift-drag draws a box on the map and reports its corners when the mouse is released. Takes
 * the place of maplibre's shift-drag box zoom, which must be turned off (`boxZoom: false`).
 */
export class BoxSelect {
  private start: { x: number; y: number } | null = null;
  private box: HTMLDivElement | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly onBox: (corners: [PointLike, PointLike]) => void,
    private readonly enabled: () => boolean,
  ) {
    map.getCanvasContainer().addEventListener('mousedown', this.down, true);
    map.getCanvasContainer().addEventListener('click', this.click, true);
  }

  private swallowClick = false;

  /** The click that ends a drag is not a shift-click on the plot under the mouse. */
  private readonly click = (event: MouseEvent): void => {
    if (!this.swallowClick) return;
    this.swallowClick = false;
    event.stopPropagation();
  };

  destroy(): void {
    this.map.getCanvasContainer().removeEventListener('mousedown', this.down, true);
    this.map.getCanvasContainer().removeEventListener('click', this.click, true);
    this.finish(null);
  }

  private point(event: MouseEvent): { x: number; y: number } {
    const rectangle = this.map.getCanvasContainer().getBoundingClientRect();
    return { x: event.clientX - rectangle.left, y: event.clientY - rectangle.top };
  }

  private readonly down = (event: MouseEvent): void => {
    this.swallowClick = false;
    if (!event.shiftKey || event.button !== 0 || !this.enabled()) return;
    event.preventDefault();
    event.stopPropagation();
    this.start = this.point(event);
    this.map.dragPan.disable();
    window.addEventListener('mousemove', this.move);
    window.addEventListener('mouseup', this.up);
  };

  private readonly move = (event: MouseEvent): void => {
    if (!this.start) return;
    const end = this.point(event);
    if (!this.box) {
      if (Math.hypot(end.x - this.start.x, end.y - this.start.y) < MINIMUM_DRAG) return;
      this.box = document.createElement('div');
      this.box.className = 'box-select';
      this.box.dataset.testid = 'box-select';
      this.map.getCanvasContainer().append(this.box);
    }
    Object.assign(this.box.style, {
      left: `${Math.min(this.start.x, end.x)}px`,
      top: `${Math.min(this.start.y, end.y)}px`,
      width: `${Math.abs(end.x - this.start.x)}px`,
      height: `${Math.abs(end.y - this.start.y)}px`,
    });
  };

  private readonly up = (event: MouseEvent): void => {
    this.finish(this.box && this.start ? [[this.start.x, this.start.y], [this.point(event).x, this.point(event).y]] : null);
  };

  private finish(corners: [PointLike, PointLike] | null): void {
    window.removeEventListener('mousemove', this.move);
    window.removeEventListener('mouseup', this.up);
    this.box?.remove();
    this.box = null;
    if (this.start) this.map.dragPan.enable();
    this.start = null;
    this.swallowClick = corners !== null;
    if (corners) this.onBox(corners);
  }
}
