import type { ErrorBlock } from './blocks.js';

export interface RankOptions {
  maxExcerpts: number;
}

/**
 * The root cause is the first block nearly as strong as the strongest one: tools print the cause
 * first and its consequences (summaries, `make: *** Error 1`, exit codes) after it. Further excerpts
 * are the next strongest blocks, in the order they were printed.
 */
export function rankBlocks(blocks: readonly ErrorBlock[], options: RankOptions): ErrorBlock[] {
  const candidates = blocks.filter((b) => b.score > 0);
  if (candidates.length === 0) return [];
  const best = Math.max(...candidates.map((b) => b.score));
  const rootCause = candidates.find((b) => b.score >= best * 0.8) ?? candidates[0]!;
  const others = candidates
    .filter((b) => b !== rootCause && b.score >= Math.max(best * 0.5, 1))
    .sort((a, b) => b.score - a.score || a.startLine - b.startLine)
    .slice(0, Math.max(0, options.maxExcerpts - 1))
    .sort((a, b) => a.startLine - b.startLine);
  return [rootCause, ...others];
}
