const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const SPACE = 0x20;
const FEATURES_KEY = [0x66, 0x65, 0x61, 0x74, 0x75, 0x72, 0x65, 0x73]; // "features"
const KEY_CAPTURE_LIMIT = 16;

/**
 * Finds the features of a GeoJSON file in its bytes as they arrive, without holding the file:
 * the elements of the root object's `features` array (or of a root array) come out in runs of
 * whole elements, ready for `JSON.parse`; everything else — the skeleton, with the features
 * array left empty — is kept to be parsed at the end (type, name, crs …). A single feature or
 * any other root goes to the skeleton whole.
 *
 * It works on bytes, not text: every character JSON's structure depends on is ASCII, and in
 * UTF-8 no byte of a multi-byte character is below 0x80, so no decoding is needed to scan.
 * It does not check the JSON; `JSON.parse` does, on the runs and the skeleton.
 */
export class FeatureArrayScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private rootIsObject = false;
  /** Depth of the features array's elements while inside it (1: root array, 2: root.features), else 0. */
  private featureDepth = 0;
  private featuresFound = false;
  /** The last non-space byte outside strings (a string counts as its closing quote). */
  private lastSignificant = 0;
  /** The current key of the root object, as far as it can be "features". */
  private keyBytes: number[] = [];
  private capturingKey = false;
  private currentKeyIsFeatures = false;
  private readonly skeleton: Uint8Array[] = [];
  private pending: Uint8Array[] = [];

  /** Scans the next bytes of the file; returns the runs of elements they completed. */
  push(chunk: Uint8Array): Uint8Array[] {
    const runs: Uint8Array[] = [];
    let start = 0;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) start = 3;
    }
    /** Start of the current stretch of this chunk (skeleton or elements). */
    let segmentStart = start;
    let lastSeparator = -1;
    for (let i = start; i < chunk.length; i++) {
      const byte = chunk[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) this.endString();
        else if (this.capturingKey && this.keyBytes.length < KEY_CAPTURE_LIMIT) this.keyBytes.push(byte);
        continue;
      }
      if (byte <= SPACE) continue;
      switch (byte) {
        case QUOTE:
          this.inString = true;
          this.capturingKey = this.depth === 1 && this.rootIsObject;
          this.keyBytes = [];
          break;
        case OPEN_BRACE:
        case OPEN_BRACKET:
          if (this.depth === 0) {
            this.rootIsObject = byte === OPEN_BRACE;
            if (byte === OPEN_BRACKET) {
              this.skeleton.push(chunk.slice(segmentStart, i + 1));
              segmentStart = i + 1;
              this.featureDepth = 1;
              this.featuresFound = true;
            }
          } else if (this.depth === 1 && byte === OPEN_BRACKET && this.currentKeyIsFeatures && !this.featuresFound) {
            this.skeleton.push(chunk.slice(segmentStart, i + 1));
            segmentStart = i + 1;
            this.featureDepth = 2;
            this.featuresFound = true;
          }
          this.depth++;
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          this.depth--;
          if (this.featureDepth > 0 && this.depth === this.featureDepth - 1) {
            if (this.lastSignificant === COMMA) throw new SyntaxError('Unexpected token \']\' after \',\' in the features array');
            const run = this.takeRun(chunk, segmentStart, i);
            if (run) runs.push(run);
            segmentStart = i;
            lastSeparator = -1;
            this.featureDepth = 0;
          }
          break;
        case COMMA:
          if (this.featureDepth > 0 && this.depth === this.featureDepth) lastSeparator = i;
          break;
        case COLON:
          if (this.depth === 1) this.currentKeyIsFeatures = sameBytes(this.keyBytes, FEATURES_KEY);
          break;
        default:
          break;
      }
      this.lastSignificant = byte;
    }
    if (this.featureDepth > 0) {
      if (lastSeparator >= segmentStart) {
        const run = this.takeRun(chunk, segmentStart, lastSeparator);
        if (run) runs.push(run);
        segmentStart = lastSeparator + 1;
      }
      if (segmentStart < chunk.length) this.pending.push(chunk.slice(segmentStart));
    } else if (segmentStart < chunk.length) {
      this.skeleton.push(chunk.slice(segmentStart));
    }
    return runs;
  }

  /** Everything but the features' elements, with their array left empty: `{"type":"FeatureCollection","features":[]}`. */
  skeletonBytes(): Uint8Array {
    return concatenate(this.skeleton);
  }

  /** True once a features array (`features` of the root object, or a root array) was met. */
  get foundFeatures(): boolean {
    return this.featuresFound;
  }

  private endString(): void {
    this.inString = false;
    this.capturingKey = false;
    this.lastSignificant = QUOTE;
  }

  /** The pending bytes and `chunk[from, to)` as one run, or null when they hold only spaces. */
  private takeRun(chunk: Uint8Array, from: number, to: number): Uint8Array | null {
    const parts = this.pending;
    this.pending = [];
    if (to > from) parts.push(chunk.subarray(from, to));
    const run = concatenate(parts);
    return run.some((byte) => byte > SPACE) ? run : null;
  }
}

function sameBytes(bytes: readonly number[], expected: readonly number[]): boolean {
  return bytes.length === expected.length && bytes.every((byte, index) => byte === expected[index]);
}

function concatenate(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  let length = 0;
  for (const part of parts) length += part.length;
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.length;
  }
  return whole;
}
