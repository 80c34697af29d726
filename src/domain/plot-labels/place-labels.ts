/** A rectangle in screen pixels, y downwards. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A label to place: the point it names (a plot's inside point on screen) and its size. */
export interface LabelRequest {
  id: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label went: its centre, and whether it moved off its point (then a leader line joins them). */
export interface PlacedLabel {
  id: number;
  x: number;
  y: number;
  /** The point it names. */
  anchorX: number;
  anchorY: number;
  leader: boolean;
}

export interface LabelPlacement {
  placed: PlacedLabel[];
  /** Labels for which no free place was found inside the frame (none, unless the frame is full). */
  unplaced: number[];
}

/** Keeps boxes and points in square cells, so that a candidate is checked only against its neighbours. */
class Grid<Item> {
  private readonly cells = new Map<number, Item[]>();
  constructor(private readonly cellSize: number) {}

  private key(column: number, row: number): number {
    return (column + 4096) * 8192 + (row + 4096);
  }

  add(box: Box, item: Item): void {
    this.forCells(box, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
      return false;
    });
  }

  some(box: Box, test: (item: Item) => boolean): boolean {
    return this.forCells(box, (key) => (this.cells.get(key) ?? []).some(test));
  }

  private forCells(box: Box, visit: (key: number) => boolean): boolean {
    const size = this.cellSize;
    for (let column = Math.floor(box.left / size); column <= Math.floor(box.right / size); column++) {
      for (let row = Math.floor(box.top / size); row <= Math.floor(box.bottom / size); row++) {
        if (visit(this.key(column, row))) return true;
      }
    }
    return false;
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(box: Box, frame: Box): boolean {
  return box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
}

/**
 * Places every label without overlapping another, inside `frame`: on its own point where that
 * is free, otherwise at the nearest free place on rings around it (the caller draws a leader
 * line). A label also avoids covering another label's point, so that each plot keeps its
 * number and its colour visible; where no such place is near, only the overlap rule holds.
 * Labels are placed in the order given (lower numbers first, nearest their plots).
 */
export function placeLabels(requests: readonly LabelRequest[], frame: Box, gap = 2): LabelPlacement {
  const tallest = requests.reduce((most, request) => Math.max(most, request.height), 1);
  const boxes = new Grid<Box>(Math.max(16, tallest * 2));
  const anchors = new Grid<LabelRequest>(Math.max(16, tallest * 2));
  for (const request of requests) anchors.add({ left: request.x, top: request.y, right: request.x, bottom: request.y }, request);
  const reach = Math.hypot(frame.right - frame.left, frame.bottom - frame.top);
  const placed: PlacedLabel[] = [];
  const unplaced: number[] = [];

  const boxAt = (request: LabelRequest, x: number, y: number): Box => ({
    left: x - request.width / 2 - gap / 2,
    right: x + request.width / 2 + gap / 2,
    top: y - request.height / 2 - gap / 2,
    bottom: y + request.height / 2 + gap / 2,
  });
  const free = (request: LabelRequest, box: Box, keepPointsClear: boolean) =>
    inside(box, frame)
    && !boxes.some(box, (other) => overlaps(box, other))
    && !(keepPointsClear && anchors.some(box, (other) => other !== request && other.x > box.left && other.x < box.right && other.y > box.top && other.y < box.bottom));

  const find = (request: LabelRequest, keepPointsClear: boolean, maxRadius: number): [number, number] | null => {
    if (free(request, boxAt(request, request.x, request.y), keepPointsClear)) return [request.x, request.y];
    const step = Math.max(4, request.height * 0.6);
    for (let radius = step; radius <= maxRadius; radius += step) {
      const count = Math.max(8, Math.ceil((2 * Math.PI * radius) / (request.height * 0.8)));
      for (let index = 0; index < count; index++) {
        // Start straight up and alternate sides, so labels fan out evenly around a cluster.
        const angle = -Math.PI / 2 + (index % 2 === 0 ? 1 : -1) * Math.ceil(index / 2) * ((2 * Math.PI) / count);
        const x = request.x + radius * Math.cos(angle);
        const y = request.y + radius * Math.sin(angle);
        if (free(request, boxAt(request, x, y), keepPointsClear)) return [x, y];
      }
    }
    return null;
  };

  for (const request of requests) {
    const position = find(request, true, Math.min(reach, request.height * 12)) ?? find(request, false, reach);
    if (!position) {
      unplaced.push(request.id);
      continue;
    }
    const [x, y] = position;
    boxes.add(boxAt(request, x, y), boxAt(request, x, y));
    placed.push({ id: request.id, x, y, anchorX: request.x, anchorY: request.y, leader: x !== request.x || y !== request.y });
  }
  return { placed, unplaced };
}

/** Where a leader line leaves the label: the point of the label's box nearest its anchor. */
export function leaderStart(label: PlacedLabel, width: number, height: number): [number, number] {
  const x = Math.min(Math.max(label.anchorX, label.x - width / 2), label.x + width / 2);
  const y = Math.min(Math.max(label.anchorY, label.y - height / 2), label.y + height / 2);
  return [x, y];
}

/** A number's label size in pixels at a text size: digits are about 0.6 em wide, plus the halo. */
export function numberLabelSize(number: number, textSize: number): { width: number; height: number } {
  const digits = String(number).length;
  return { width: Math.ceil(digits * textSize * 0.62 + 4), height: Math.ceil(textSize * 1.2) };
}
