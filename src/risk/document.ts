import type { CelInput } from '@bufbuild/cel';
import type { ChangedFile } from './diff.js';
import type { RiskSignals } from './signals/index.js';
import { isTestFile, sensitiveCategories } from './signals/paths.js';
import type { CheckFacts, CommitFacts, Finding, PullRequestFacts, ReviewFacts } from './types.js';

/**
 * The input document policies are written against; every field is documented in
 * policies/README.md, and every field is always present (absent facts are '', 0, false or []),
 * so an expression never fails on a missing key. Lists are capped to bound evaluation time.
 */
export const MAX_LIST_ITEMS = 1_000;

const PR_DEFAULTS = {
  number: 0,
  title: '',
  body: '',
  author: '',
  authorIsBot: false,
  base: '',
  head: '',
  headSha: '',
  draft: false,
  labels: [] as string[],
  baseProtected: false,
  url: '',
};
const ITEM_DEFAULTS: Record<string, Record<string, unknown>> = {
  files: {
    path: '',
    previousPath: '',
    status: 'modified',
    binary: false,
    additions: 0,
    deletions: 0,
    sensitive: [],
    test: false,
  },
  commits: {
    sha: '',
    message: '',
    author: '',
    authorIsBot: false,
    verified: true,
    verificationReason: 'valid',
  },
  checks: { name: '', status: 'completed', conclusion: '', app: '' },
  reviews: { user: '', userIsBot: false, state: 'COMMENTED' },
  findings: {
    ruleId: '',
    source: 'static',
    severity: 'info',
    title: '',
    message: '',
    file: '',
    line: 0,
  },
};
const SIGNAL_DEFAULTS: RiskSignals = {
  filesChanged: 0,
  additions: 0,
  deletions: 0,
  changedLines: 0,
  sensitivePaths: [],
  dependencyChanges: [],
  secrets: [],
  binaryFiles: [],
  deletedTests: [],
  skippedTests: [],
  botTodos: [],
  botAuthored: false,
  unsignedCommits: [],
  codeql: 'unknown',
  humanApprovals: 0,
  productionTarget: false,
};

export type PolicyDocument = Record<string, CelInput>;

export interface DocumentParts {
  pr?: PullRequestFacts;
  files: readonly ChangedFile[];
  commits: readonly CommitFacts[];
  checks?: readonly CheckFacts[];
  reviews: readonly ReviewFacts[];
  signals: RiskSignals;
  findings: readonly Finding[];
}

export function buildPolicyDocument(parts: DocumentParts): PolicyDocument {
  return completeDocument({
    pr: parts.pr ?? {},
    files: parts.files.slice(0, MAX_LIST_ITEMS).map((f) => ({
      path: f.path,
      previousPath: f.previousPath ?? '',
      status: f.status,
      binary: f.binary,
      additions: f.additions,
      deletions: f.deletions,
      sensitive: sensitiveCategories(f.path).map((a) => a.category),
      test: isTestFile(f.path),
    })),
    commits: parts.commits.slice(0, MAX_LIST_ITEMS),
    checks: (parts.checks ?? [])
      .slice(0, MAX_LIST_ITEMS)
      .map((c) => ({ ...c, conclusion: c.conclusion ?? '' })),
    reviews: parts.reviews.slice(0, MAX_LIST_ITEMS),
    signals: capSignals(parts.signals),
    findings: parts.findings.slice(0, MAX_LIST_ITEMS).map((f) => ({
      ruleId: f.ruleId,
      source: f.source,
      severity: f.severity,
      title: f.title,
      message: f.message,
      file: f.file ?? '',
      line: f.line ?? 0,
    })),
  });
}

/**
 * A partial document (a policy test case) completed with the defaults: objects merged, list items
 * given their defaults, undefined dropped (JSON round trip), so CEL sees only plain values.
 */
export function completeDocument(partial: Record<string, unknown>): PolicyDocument {
  const plain = JSON.parse(JSON.stringify(partial)) as Record<string, unknown>;
  const listOf = (name: string): Record<string, unknown>[] => {
    const value = plain[name];
    return Array.isArray(value)
      ? value.map((item: unknown) => ({ ...ITEM_DEFAULTS[name], ...(item as object) }))
      : [];
  };
  return {
    pr: { ...PR_DEFAULTS, ...(plain.pr as object) },
    files: listOf('files'),
    commits: listOf('commits'),
    checks: listOf('checks'),
    reviews: listOf('reviews'),
    signals: { ...SIGNAL_DEFAULTS, ...(plain.signals as object) },
    findings: listOf('findings'),
  } as unknown as PolicyDocument;
}

function capSignals(signals: RiskSignals): RiskSignals {
  const capped = { ...signals } as Record<string, unknown>;
  for (const [key, value] of Object.entries(signals)) {
    if (Array.isArray(value)) capped[key] = value.slice(0, MAX_LIST_ITEMS);
  }
  return capped as unknown as RiskSignals;
}
