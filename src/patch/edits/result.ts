import type { Candidate } from './locate.js';

export type MatchStrategy = 'exact' | 'whitespace' | 'fuzzy' | 'elided' | 'create';

export type TextEditResult =
  | { applied: true; content: string; strategy: MatchStrategy; startLine: number; endLine: number }
  | { applied: false; reason: string; didYouMean: string[] };

export function reject(reason: string, didYouMean: string[]): TextEditResult {
  return { applied: false, reason, didYouMean };
}

/** "did you mean" lines: the closest regions with their line numbers. */
export function describe(file: string[], candidates: Candidate[]): string[] {
  return candidates.slice(0, 3).map((c) => {
    const shown = file.slice(c.start, Math.min(c.end, c.start + 11) + 1);
    const body = shown
      .map((line, k) => `${String(c.start + k + 1).padStart(5)}| ${line}`)
      .join('\n');
    const more = c.end > c.start + 11 ? `\n     | ... (${c.end - c.start - 11} more lines)` : '';
    return `lines ${c.start + 1}-${c.end + 1} (similarity ${c.score.toFixed(2)}):\n${body}${more}`;
  });
}
