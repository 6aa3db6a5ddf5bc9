import type { TestOutcome } from '../report.js';

/**
 * One result-file format. `detect` looks at the text cheaply (root element, first JSON keys) and
 * says whether this reader owns it; `parse` returns every execution it records, repeats included,
 * and throws ReportFormatError when the file claims the format but breaks it.
 */
export interface ResultParser {
  readonly id: string;
  readonly description: string;
  detect(text: string, fileName: string): boolean;
  parse(text: string, fileName: string): TestOutcome[];
}

/** A result file that cannot be read: says which file and what is wrong with it, in words. */
export class ReportFormatError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ReportFormatError';
  }
}

export function seconds(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseFloat(String(value ?? ''));
  return Number.isFinite(n) ? n : 0;
}

/** First non-empty line, trimmed and capped: what a summary table or annotation title can show. */
export function firstLine(text: unknown, cap = 500): string | undefined {
  if (typeof text !== 'string') return undefined;
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '');
  if (line === undefined) return undefined;
  return line.length > cap ? `${line.slice(0, cap - 1)}…` : line;
}

export function capText(text: unknown, cap = 4000): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  return text.length > cap ? `${text.slice(0, cap - 1)}…` : text;
}

export function asArray<T>(value: T | T[] | undefined | null): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
