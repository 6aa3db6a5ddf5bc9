import picomatch from 'picomatch';
import { scanSecrets } from '../../secrets/index.js';
import type { ChangedFile } from '../diff.js';
import type { CheckFacts, CommitFacts, PullRequestFacts, ReviewFacts } from '../types.js';
import { dependencyChanges, type DependencyChange } from './manifests.js';
import {
  isTestFile,
  SKIPPED_TEST,
  sensitiveCategories,
  TODO_MARKER,
  type SensitiveCategory,
} from './paths.js';

export interface SignalInput {
  files: readonly ChangedFile[];
  pr?: PullRequestFacts;
  commits: readonly CommitFacts[];
  /** undefined: not known (offline, from a diff file); [] means the PR has no check runs. */
  checks?: readonly CheckFacts[];
  reviews: readonly ReviewFacts[];
  /** Branch globs that count as production targets besides any protected branch. */
  productionTargets: readonly string[];
}

export interface Place {
  file: string;
  line: number;
  column?: number;
  text?: string;
}

/** Everything risk-gate measured, before any policy or score; policies read it as `signals`. */
export interface RiskSignals {
  filesChanged: number;
  additions: number;
  deletions: number;
  changedLines: number;
  sensitivePaths: { path: string; category: SensitiveCategory }[];
  dependencyChanges: DependencyChange[];
  secrets: (Place & { rule: string; description: string; preview: string })[];
  binaryFiles: string[];
  deletedTests: string[];
  skippedTests: Place[];
  /** TODO/FIXME markers added by a PR whose author or commits are bots. */
  botTodos: Place[];
  botAuthored: boolean;
  unsignedCommits: { sha: string; reason: string }[];
  /** success | failure | pending | missing | unknown (checks not fetched) | another conclusion */
  codeql: string;
  humanApprovals: number;
  productionTarget: boolean;
}

export const DEFAULT_PRODUCTION_TARGETS = [
  'main',
  'master',
  'production',
  'prod',
  'release/**',
  'releases/**',
];

export function collectSignals(input: SignalInput): RiskSignals {
  const { files } = input;
  const additions = sum(files.map((f) => f.additions));
  const deletions = sum(files.map((f) => f.deletions));
  const botAuthored = Boolean(input.pr?.authorIsBot) || input.commits.some((c) => c.authorIsBot);
  return {
    filesChanged: files.length,
    additions,
    deletions,
    changedLines: additions + deletions,
    sensitivePaths: files.flatMap((f) =>
      sensitiveCategories(f.path).map((a) => ({ path: f.path, category: a.category })),
    ),
    dependencyChanges: dependencyChanges(files),
    secrets: files.flatMap(secretsInAddedLines),
    binaryFiles: files.filter((f) => f.binary).map((f) => f.path),
    deletedTests: files
      .filter((f) => f.status === 'removed' && isTestFile(f.path))
      .map((f) => f.path),
    skippedTests: addedLinesMatching(files, SKIPPED_TEST),
    botTodos: botAuthored ? addedLinesMatching(files, TODO_MARKER) : [],
    botAuthored,
    unsignedCommits: input.commits
      .filter((c) => !c.verified)
      .map((c) => ({ sha: c.sha, reason: c.verificationReason })),
    codeql: codeqlConclusion(input.checks),
    humanApprovals: humanApprovals(input.reviews),
    productionTarget: isProductionTarget(input.pr, input.productionTargets),
  };
}

/** Added lines of one file scanned as one text (one pass per rule), mapped back to file lines. */
function secretsInAddedLines(file: ChangedFile): RiskSignals['secrets'] {
  if (file.added.length === 0) return [];
  const text = file.added.map((l) => l.text).join('\n');
  return scanSecrets(text).map((s) => ({
    file: file.path,
    line: file.added[s.line - 1]?.line ?? s.line,
    column: s.column,
    rule: s.rule,
    description: s.description,
    preview: s.match,
  }));
}

function addedLinesMatching(files: readonly ChangedFile[], pattern: RegExp): Place[] {
  const places: Place[] = [];
  for (const file of files) {
    for (const added of file.added) {
      if (pattern.test(added.text))
        places.push({ file: file.path, line: added.line, text: added.text.trim().slice(0, 200) });
    }
  }
  return places;
}

const FAILED = ['failure', 'cancelled', 'timed_out', 'action_required', 'stale'];

export function codeqlConclusion(checks: readonly CheckFacts[] | undefined): string {
  if (checks === undefined) return 'unknown';
  const codeql = checks.filter(
    (c) => /codeql/i.test(c.name) || /codeql|code scanning/i.test(c.app),
  );
  if (codeql.length === 0) return 'missing';
  const failed = codeql.find((c) => c.conclusion && FAILED.includes(c.conclusion));
  if (failed) return failed.conclusion!;
  if (codeql.some((c) => c.status !== 'completed')) return 'pending';
  return codeql.every((c) => c.conclusion === 'success')
    ? 'success'
    : (codeql.find((c) => c.conclusion !== 'success')?.conclusion ?? 'unknown');
}

/** Distinct humans whose latest review approves (a later "changes requested" withdraws it). */
export function humanApprovals(reviews: readonly ReviewFacts[]): number {
  const latest = new Map<string, string>();
  for (const review of reviews) {
    if (review.userIsBot || review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    latest.set(review.user, review.state);
  }
  return [...latest.values()].filter((state) => state === 'APPROVED').length;
}

function isProductionTarget(pr: PullRequestFacts | undefined, targets: readonly string[]): boolean {
  if (!pr) return false;
  return pr.baseProtected || (targets.length > 0 && picomatch(targets as string[])(pr.base));
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
