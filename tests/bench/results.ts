import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One measured figure: what it is, its value, the goal, and whether the goal is met. */
export interface Figure {
  /** Stable key for the JSON file, e.g. `load.ratio.100000`. */
  key: string;
  label: string;
  value: number | null;
  unit: string;
  /** The goal as text, e.g. `≤ 1.3`; empty when the figure is shown for context only. */
  goal: string;
  /** null when there is no goal or the figure could not be measured. */
  met: boolean | null;
  /** Every sample the value was taken from, where there were several. */
  samples?: number[];
  note?: string;
}

export type Comparison = '<' | '≤';

/** A figure with a goal of the form `value < limit` or `value ≤ limit`. */
export function withGoal(
  figure: Omit<Figure, 'goal' | 'met'>,
  comparison: Comparison,
  limit: number,
  goalUnit = figure.unit,
): Figure {
  const { value } = figure;
  const met = value === null || !Number.isFinite(value) ? null : comparison === '<' ? value < limit : value <= limit;
  const unit = goalUnit === '×' ? '×' : goalUnit ? ` ${goalUnit}` : '';
  return { ...figure, goal: `${comparison} ${limit}${unit}`, met };
}

export function context(figure: Omit<Figure, 'goal' | 'met'>): Figure {
  return { ...figure, goal: '', met: null };
}

export function notMeasured(key: string, label: string, goal: string, note: string): Figure {
  return { key, label, value: null, unit: '', goal, met: null, note };
}

function formatValue(figure: Figure): string {
  if (figure.value === null || !Number.isFinite(figure.value)) return 'not measured';
  if (figure.unit === 'yes/no') return figure.value ? 'yes' : 'no';
  const magnitude = Math.abs(figure.value);
  let text: string;
  if (figure.unit === 'ratio' || figure.unit === '×') text = `${figure.value.toFixed(2)}×`;
  else if (magnitude !== 0 && magnitude < 0.01) text = figure.value.toExponential(2);
  else if (magnitude < 10) text = figure.value.toFixed(2);
  else if (magnitude < 1000) text = figure.value.toFixed(1);
  else text = Math.round(figure.value).toLocaleString('en-US');
  return figure.unit && figure.unit !== 'ratio' && figure.unit !== '×' ? `${text} ${figure.unit}` : text;
}

function formatMet(figure: Figure): string {
  if (figure.goal === '') return '';
  if (figure.met === null) return 'n/a';
  return figure.met ? 'yes' : 'NO';
}

/** Columns a terminal gives the text: CJK characters take two. */
function displayWidth(text: string): number {
  return [...text].reduce((sum, character) => sum + (character.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
}

function pad(text: string, width: number, right = false): string {
  const space = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? space + text : text + space;
}

/** The figures as a plain-text table, one row each, notes below. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => [figure.label, formatValue(figure), figure.goal, formatMet(figure)]);
  const header = ['figure', 'value', 'goal', 'met?'];
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column]))));
  const line = (cells: string[]) => cells.map((cell, column) => pad(cell, widths[column], column === 1)).join('  ');
  const lines = [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)];
  const notes = figures.filter((figure) => figure.note).map((figure) => `* ${figure.label}: ${figure.note}`);
  return [...lines, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}

/** The same figures as a Markdown table, for the README. */
export function formatMarkdownTable(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => `| ${figure.label} | ${formatValue(figure)} | ${figure.goal} | ${formatMet(figure)} |`);
  return ['| figure | value | goal | met? |', '|---|---:|---|---|', ...rows].join('\n');
}

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
