import type { IControl, Map as MapLibreMap } from 'maplibre-gl';

const ARROW = `<svg viewBox="0 0 40 56" aria-hidden="true">
<polygon points="20,4 32,44 20,36 8,44" fill="#1c2433"/><polygon points="20,4 20,36 8,44" fill="#ffffff" stroke="#1c2433" stroke-width="1.5"/>
<text x="20" y="56" text-anchor="middle" font-size="14" font-weight="700" fill="#1c2433">N</text></svg>`;

/** A north arrow that turns with the map, so it points north even when the map is rotated. */
export class NorthArrowControl implements IControl {
  private element: HTMLElement | null = null;
  private map: MapLibreMap | null = null;
  private readonly rotate = () => {
    if (this.element && this.map) this.element.style.transform = `rotate(${-this.map.getBearing()}deg)`;
  };

  constructor(private readonly label: string) {}

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    const element = document.createElement('div');
    element.className = 'maplibregl-ctrl north-arrow';
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', this.label);
    element.dataset.testid = 'north-arrow';
    element.innerHTML = ARROW;
    this.element = element;
    map.on('rotate', this.rotate);
    this.rotate();
    return element;
  }

  onRemove(): void {
    this.map?.off('rotate', this.rotate);
    this.element?.remove();
    this.element = null;
    this.map = null;
  }
}
