import type { Permissions } from './host.js';
import type { FileOutcome, OnConflict } from './resolve.js';

export const SYNC_SCHEMA_VERSION = 1;

export type PullOperation = 'created' | 'updated' | 'closed' | 'none';

export interface PullRequestOutcome {
  target: string;
  number: number | null;
  url: string | null;
  operation: PullOperation;
}

export interface TargetReport {
  repo: string;
  branch?: string;
  syncBranch: string;
  /**
   * synced: a commit was pushed (to the sync branch, or to the branch when create_pr is off);
   * unchanged: nothing to change (or the open PR already carries exactly this change);
   * planned: dry run; failed: this target only, see `error`.
   */
  status: 'synced' | 'unchanged' | 'planned' | 'failed';
  error?: string;
  /** Something the user should know that is not a failure (e.g. a PR left alone). */
  notice?: string;
  auth?: { via: 'app' | 'github-token' | 'none'; permissions: Permissions; revoked: boolean };
  /** The sync this one builds on (from the target's history); null = never synced before. */
  lastSync?: { commit: string; sourceSha: string } | null;
  files?: FileOutcome;
  commit?: string;
  pullRequest?: PullRequestOutcome;
  issue?: { number: number; url: string };
  autoMerge?: 'enabled' | 'not-asked' | 'refused: require_approvals' | 'refused: conflict markers';
}

export interface SyncReport {
  schemaVersion: typeof SYNC_SCHEMA_VERSION;
  mode: 'sync' | 'dry-run' | 'rollback';
  source: { repo: string; sha: string };
  onConflict: OnConflict;
  targets: TargetReport[];
  pullRequests: PullRequestOutcome[];
}
