/**
 * Which text encoding a file's bytes are in. Shapefile `.cpg` labels are not WHATWG labels
 * (`936`, `ANSI 936`, `CP936` make `TextDecoder` throw), so they are mapped here first; then
 * the dBASE language-driver byte; then a strict UTF-8 probe with GBK as the fallback.
 */
export type TextEncoding = 'utf-8' | 'gbk' | 'gb18030' | 'big5';

export const TEXT_ENCODINGS: readonly TextEncoding[] = ['utf-8', 'gbk', 'gb18030', 'big5'];

/** How an encoding was decided, for the data checks and the preview. */
export type EncodingSource = 'cpg' | 'ldid' | 'bom' | 'utf8-probe' | 'gbk-fallback' | 'chosen';

export interface EncodingDecision {
  encoding: TextEncoding;
  source: EncodingSource;
  /** The label or byte the decision came from, e.g. "ANSI 936" or "0x4D". */
  evidence: string;
}

const CPG_LABELS: Readonly<Record<string, TextEncoding>> = {
  '936': 'gbk',
  cp936: 'gbk',
  'windows-936': 'gbk',
  ms936: 'gbk',
  gbk: 'gbk',
  gb2312: 'gbk',
  'gb-2312': 'gbk',
  euccn: 'gbk',
  'euc-cn': 'gbk',
  '54936': 'gb18030',
  gb18030: 'gb18030',
  'gb-18030': 'gb18030',
  '65001': 'utf-8',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  '950': 'big5',
  cp950: 'big5',
  big5: 'big5',
  'big-5': 'big5',
};

/** A `.cpg` label mapped to an encoding, or null when the label says nothing usable (e.g. "System"). */
export function encodingFromCpg(label: string): TextEncoding | null {
  const key = label
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/^ansi\s+/, '')
    .replace(/\s+/g, '');
  return Object.hasOwn(CPG_LABELS, key) ? CPG_LABELS[key] : null;
}

/**
 * The dBASE header's language-driver id (byte 29). 0x4D and 0x7A mean code page 936; 0x57 and
 * 0x00 are written by tools whatever the text is in, so they say nothing.
 */
export function encodingFromLanguageDriver(dbf: Uint8Array): TextEncoding | null {
  if (dbf.length < 32) return null;
  const driver = dbf[29];
  if (driver === 0x4d || driver === 0x7a) return 'gbk';
  if (driver === 0x78) return 'big5';
  return null;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** UTF-8 when the bytes are strictly valid UTF-8 (or start with its byte-order mark), GBK otherwise. */
export function probeEncoding(bytes: Uint8Array): EncodingDecision {
  if (hasUtf8Bom(bytes)) return { encoding: 'utf-8', source: 'bom', evidence: 'EF BB BF' };
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', source: 'utf8-probe', evidence: '' };
  return { encoding: 'gbk', source: 'gbk-fallback', evidence: '' };
}

/** The records of a `.dbf` (after its header), where the text to probe is. */
function dbfRecords(dbf: Uint8Array): Uint8Array {
  if (dbf.length < 12) return dbf;
  const headerLength = dbf[8] | (dbf[9] << 8);
  return dbf.subarray(Math.min(headerLength, dbf.length));
}

/** The encoding of a Shapefile's attribute table: `.cpg`, then the language-driver byte, then a probe. */
export function resolveDbfEncoding(dbf: Uint8Array, cpg: string | null): EncodingDecision {
  if (cpg !== null) {
    const fromCpg = encodingFromCpg(cpg);
    if (fromCpg) return { encoding: fromCpg, source: 'cpg', evidence: cpg.trim() };
  }
  const fromDriver = encodingFromLanguageDriver(dbf);
  if (fromDriver) return { encoding: fromDriver, source: 'ldid', evidence: `0x${dbf[29].toString(16).toUpperCase().padStart(2, '0')}` };
  return probeEncoding(dbfRecords(dbf));
}

/** Text decoded in the given encoding, a UTF-8 byte-order mark dropped. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

export function encodingName(encoding: TextEncoding): string {
  return { 'utf-8': 'UTF-8', gbk: 'GBK', gb18030: 'GB18030', big5: 'Big5' }[encoding];
}

/** How the encoding was decided, in words for the data checks. */
export function describeEncodingDecision(decision: EncodingDecision): { zh: string; en: string } {
  const name = encodingName(decision.encoding);
  switch (decision.source) {
    case 'cpg':
      return { zh: `按 .cpg 文件“${decision.evidence}”以 ${name} 读取文字`, en: `text read as ${name}, as its .cpg file "${decision.evidence}" says` };
    case 'ldid':
      return { zh: `没有 .cpg 文件，按 .dbf 语言驱动字节 ${decision.evidence} 以 ${name} 读取文字`, en: `no .cpg file; text read as ${name} from the .dbf language-driver byte ${decision.evidence}` };
    case 'bom':
      return { zh: `文件以 UTF-8 标记开头，以 UTF-8 读取文字`, en: 'the file starts with a UTF-8 byte-order mark; text read as UTF-8' };
    case 'utf8-probe':
      return { zh: '未注明编码，内容是有效的 UTF-8，以 UTF-8 读取文字', en: 'no encoding stated; the bytes are valid UTF-8, so text was read as UTF-8' };
    case 'gbk-fallback':
      return { zh: '未注明编码，内容不是有效的 UTF-8，按 GBK 读取文字', en: 'no encoding stated; the bytes are not valid UTF-8, so text was read as GBK' };
    case 'chosen':
      return { zh: `按所选编码 ${name} 读取文字`, en: `text read as ${name}, as chosen` };
  }
}
