/**
 * The sweep line's status: the edges it currently crosses, in order from bottom to top, kept in
 * a treap with parent links so that every step is a loop, never a recursion. Nodes are edge
 * numbers; `isBelow(edge, other)` places a new edge.
 */
export class SweepStatus {
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly parent: Int32Array;
  private readonly priority: Float64Array;
  private root = -1;

  constructor(capacity: number) {
    this.left = new Int32Array(capacity).fill(-1);
    this.right = new Int32Array(capacity).fill(-1);
    this.parent = new Int32Array(capacity).fill(-1);
    this.priority = new Float64Array(capacity);
    // A fixed-seed generator: the same input walks the same tree.
    let seed = 0x2545f491;
    for (let node = 0; node < capacity; node++) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      this.priority[node] = (seed >>> 0) / 4294967296;
    }
  }

  /** The first node (bottom up) for which `isAtOrAbove(node)` holds, given that it holds for a top part of the order. */
  firstAtOrAbove(isAtOrAbove: (node: number) => boolean): number {
    let found = -1;
    let node = this.root;
    while (node !== -1) {
      if (isAtOrAbove(node)) {
        found = node;
        node = this.left[node];
      } else {
        node = this.right[node];
      }
    }
    return found;
  }

  insert(edge: number, isBelow: (edge: number, other: number) => boolean): void {
    this.left[edge] = -1;
    this.right[edge] = -1;
    if (this.root === -1) {
      this.root = edge;
      this.parent[edge] = -1;
      return;
    }
    let node = this.root;
    for (;;) {
      if (isBelow(edge, node)) {
        if (this.left[node] === -1) {
          this.left[node] = edge;
          break;
        }
        node = this.left[node];
      } else {
        if (this.right[node] === -1) {
          this.right[node] = edge;
          break;
        }
        node = this.right[node];
      }
    }
    this.parent[edge] = node;
    while (this.parent[edge] !== -1 && this.priority[edge] < this.priority[this.parent[edge]]) this.rotateUp(edge);
  }

  remove(edge: number): void {
    while (this.left[edge] !== -1 && this.right[edge] !== -1) {
      const child = this.priority[this.left[edge]] < this.priority[this.right[edge]] ? this.left[edge] : this.right[edge];
      this.rotateUp(child);
    }
    const child = this.left[edge] !== -1 ? this.left[edge] : this.right[edge];
    this.replace(edge, child);
    this.parent[edge] = -1;
    this.left[edge] = -1;
    this.right[edge] = -1;
  }

  /** The node just below, or -1. */
  below(node: number): number {
    if (this.left[node] !== -1) {
      let next = this.left[node];
      while (this.right[next] !== -1) next = this.right[next];
      return next;
    }
    let child = node;
    let up = this.parent[node];
    while (up !== -1 && this.left[up] === child) {
      child = up;
      up = this.parent[up];
    }
    return up;
  }

  /** The node just above, or -1. */
  above(node: number): number {
    if (this.right[node] !== -1) {
      let next = this.right[node];
      while (this.left[next] !== -1) next = this.left[next];
      return next;
    }
    let child = node;
    let up = this.parent[node];
    while (up !== -1 && this.right[up] === child) {
      child = up;
      up = this.parent[up];
    }
    return up;
  }

  private replace(node: number, child: number): void {
    const up = this.parent[node];
    if (child !== -1) this.parent[child] = up;
    if (up === -1) this.root = child;
    else if (this.left[up] === node) this.left[up] = child;
    else this.right[up] = child;
  }

  private rotateUp(node: number): void {
    const up = this.parent[node];
    if (this.left[up] === node) {
      const moved = this.right[node];
      this.left[up] = moved;
      if (moved !== -1) this.parent[moved] = up;
      this.replace(up, node);
      this.right[node] = up;
    } else {
      const moved = this.left[node];
      this.right[up] = moved;
      if (moved !== -1) this.parent[moved] = up;
      this.replace(up, node);
      this.left[node] = up;
    }
    this.parent[up] = node;
  }
}
