// The settings' shape and defaults without the healing code: actions read their inputs against
// these before anything heavy loads (cold start, issue 2).

/** The typed, validated settings of one healing run (the action's inputs, or the pipeline's). */
export interface HealSettings {
  mode: 'fix';
  fixers: 'auto' | string[];
  llm: boolean;
  maxAttempts: number;
  maxDiffLines: number;
  allowedPaths: string[];
  deniedPaths: string[];
  /** Validation commands; empty: derived from the diagnosis. */
  validate: string[];
  validationTimeoutMs: number;
  openPr: boolean;
  branchPrefix: string;
  /** Base of the PR; default the failing branch, then the repository's default branch. */
  base?: string;
  /** The branch whose check failed (loop guard, default base). */
  failedBranch?: string;
  draft: boolean;
  labels: string[];
  reviewers: string[];
  budgetTokens: number;
  /** Healing runs per PR branch per 24 hours, counted on the dashboard. */
  maxRunsPerDay: number;
}

export const DEFAULT_HEAL_SETTINGS: HealSettings = Object.freeze({
  mode: 'fix',
  fixers: 'auto',
  llm: false,
  maxAttempts: 3,
  maxDiffLines: 200,
  allowedPaths: [],
  deniedPaths: [],
  validate: [],
  validationTimeoutMs: 10 * 60_000,
  openPr: true,
  branchPrefix: 'kintsugi/fix/',
  draft: false,
  labels: [],
  reviewers: [],
  budgetTokens: 16_000,
  maxRunsPerDay: 5,
}) as HealSettings;
