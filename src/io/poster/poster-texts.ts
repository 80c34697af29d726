/** The words a poster needs, in the language the user reads; the ui hands them over. */
export interface PosterTexts {
  asOf: string;
  note: string;
  legend: string;
  total: string;
  plotsUnit: string;
  mu: string;
  enterprisesUnit: string;
  targets: string;
  target: string;
  done: string;
  exceeded: string;
  noTarget: string;
  ledger: string;
  /** Which rows a sheet holds, with {first} and {last}. */
  ledgerPart: string;
  /** After ledgerPart when more rows follow on the next sheet. */
  ledgerMore: string;
  /** "第 {sheet} 张，共 {sheets} 张" on each sheet when there are several. */
  sheetOf: string;
  columns: readonly string[];
  overdue: string;
  byVillage: string;
  village: string;
  unnamedVillage: string;
  north: string;
  stageLabels: Readonly<Record<string, string>>;
  metricLabels: Readonly<Record<string, string>>;
}

export const POSTER_FONT = '"Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

export function font(size: number, bold = false): string {
  return `${bold ? 700 : 400} ${size.toFixed(2)}px ${POSTER_FONT}`;
}

/** The text cut with an ellipsis so it fits `maxWidth` at the context's current font. */
export function fitText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (context.measureText(`${text.slice(0, middle)}…`).width <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return `${text.slice(0, low)}…`;
}
