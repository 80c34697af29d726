/** The dBASE reader shpjs 6 uses (the package ships no types of its own). */
declare module 'parsedbf' {
  /** Records of a `.dbf`, text decoded with the given WHATWG encoding label. */
  export default function parseDbf(dbf: DataView, encoding?: string): Record<string, unknown>[];
}
