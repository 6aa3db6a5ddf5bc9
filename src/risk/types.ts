import type { ChangedFile } from './diff.js';
import type { Severity } from './score.js';

/** The pull request as risk-gate sees it: plain values, fetched by github.ts or given by a test. */
export interface PullRequestFacts {
  number: number;
  title: string;
  body: string;
  author: string;
  authorIsBot: boolean;
  /** Target branch name (`main`). */
  base: string;
  head: string;
  headSha: string;
  draft: boolean;
  labels: string[];
  /** GitHub says the target branch is protected. */
  baseProtected: boolean;
  url?: string;
}

export interface CommitFacts {
  sha: string;
  message: string;
  author: string;
  authorIsBot: boolean;
  /** GitHub's commit verification (signature checked against a known key). */
  verified: boolean;
  /** GitHub's reason: `valid`, `unsigned`, `unknown_key`, `bad_email`... */
  verificationReason: string;
}

export interface CheckFacts {
  name: string;
  /** queued | in_progress | completed */
  status: string;
  /** success | failure | neutral | cancelled | skipped | timed_out | action_required | null */
  conclusion: string | null;
  app: string;
}

export interface ReviewFacts {
  user: string;
  userIsBot: boolean;
  /** APPROVED | CHANGES_REQUESTED | COMMENTED | DISMISSED | PENDING */
  state: string;
}

export type FindingSource = 'static' | 'policy' | 'secret' | 'model' | 'injection';
export type PolicyAction = 'deny' | 'warn' | 'audit';

export interface Finding {
  /** Stable id: `static/sensitive-path`, `policy/<rule id>`, `secret/<rule>`, `model/review`. */
  ruleId: string;
  source: FindingSource;
  severity: Severity;
  title: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** Audit findings are reported but add nothing to the score (shadow-mode denies are audits). */
  scored: boolean;
  action?: PolicyAction;
}

export type { ChangedFile };

/** `login[bot]` or an account GitHub typed as a Bot. */
export function isBotLogin(login: string, type?: string): boolean {
  return type === 'Bot' || /\[bot\]$/i.test(login);
}
