/**
 * The Lean definitions of lean/Kintsugi/*.lean, transcribed line for line (not the suite's code), to
 * compute the expected outputs in lean/vectors.json. Lean itself checks every vector again
 * (lean/Kintsugi/Vectors.lean, `by decide`), so a slip here fails the Lean build, not silently.
 */

export const LEAN_SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type LeanSeverity = (typeof LEAN_SEVERITIES)[number];

/** `Severity.points` */
export const POINTS: Record<LeanSeverity, number> = {
  critical: 30,
  high: 15,
  medium: 7,
  low: 3,
  info: 1,
};

/** `score`: `if total ≤ 100 then total else 100` */
export function leanScore(findings: LeanSeverity[]): number {
  const total = findings.reduce((sum, s) => sum + POINTS[s], 0);
  return total <= 100 ? total : 100;
}

export type LeanDecision = 'approve' | 'deploy' | 'review' | 'block';

/** `decision approveBelow deployBelow blocked s` */
export function leanDecision(
  approveBelow: number,
  deployBelow: number,
  blocked: boolean,
  s: number,
): LeanDecision {
  if (blocked) return 'block';
  if (s < approveBelow) return 'approve';
  if (s < deployBelow) return 'deploy';
  return 'review';
}

export type LeanAttempt = 'passed' | 'failed' | 'skipped';
export type LeanVerdict = 'passed' | 'flaky' | 'failed' | 'skipped';

/** `classify` */
export function leanClassify(attempts: LeanAttempt[]): LeanVerdict {
  const sawPassed = attempts.includes('passed');
  const sawFailed = attempts.includes('failed');
  if (sawPassed && sawFailed) return 'flaky';
  if (sawFailed) return 'failed';
  if (sawPassed) return 'passed';
  return 'skipped';
}

/** Lean's constructor names beside the TypeScript kinds of src/sync/three-way.ts. */
export const SYNC_DECISIONS = {
  unchanged: 'unchanged',
  takeSource: 'take-source',
  keepTarget: 'keep-target',
  merge: 'merge',
  conflict: 'conflict',
  delete: 'delete',
  keepOrphan: 'keep-orphan',
} as const;
export type LeanFileDecision = keyof typeof SYNC_DECISIONS;

/** `decideFile deleteOrphaned base ours theirs` over `Option Nat` (null = none). */
export function leanDecideFile(
  deleteOrphaned: boolean,
  base: number | null,
  ours: number | null,
  theirs: number | null,
): LeanFileDecision {
  if (ours === theirs) return 'unchanged';
  if (theirs === base) return 'keepTarget';
  if (ours === base)
    return theirs !== null ? 'takeSource' : deleteOrphaned ? 'delete' : 'keepOrphan';
  if (ours !== null && theirs !== null) return 'merge';
  return 'conflict';
}
