import type { SyncTarget } from './config.js';

/**
 * What repo-sync needs from GitHub, for one target, through that target's own token. The action
 * implements it over Octokit; the bench and unit tests use the in-memory one below.
 */
export interface TargetHost {
  findOpenPull(head: string, base: string): Promise<PullRequestRef | undefined>;
  createPull(pull: {
    head: string;
    base: string;
    title: string;
    body: string;
  }): Promise<PullRequestRef>;
  updatePull(number: number, pull: { title: string; body: string }): Promise<void>;
  closePull(number: number, comment: string): Promise<void>;
  addLabels(number: number, labels: string[]): Promise<void>;
  requestReviewers(number: number, reviewers: string[], teamReviewers: string[]): Promise<void>;
  /** Through GraphQL (`enablePullRequestAutoMerge`): REST has no such call. */
  enableAutoMerge(pull: PullRequestRef): Promise<void>;
  /** Opens an issue, or updates the open one with the same title. */
  upsertIssue(issue: {
    title: string;
    body: string;
    labels: string[];
  }): Promise<{ number: number; url: string }>;
}

export interface PullRequestRef {
  number: number;
  url: string;
  nodeId?: string;
}

/** Permissions asked of an installation token, in the App API's words. */
export type Permissions = Record<string, 'read' | 'write'>;

/** Access to one target: the token git uses, the host over it, and how to give the token back. */
export interface TargetAccess {
  via: 'app' | 'github-token' | 'none';
  token?: string;
  permissions: Permissions;
  host: TargetHost;
  /** Revokes an App token; a no-op for the github-token. Returns whether a token was revoked. */
  release(): Promise<boolean>;
}

/** Opens access per target; throwing makes that one target fail, never the others. */
export type AccessProvider = (
  target: SyncTarget,
  permissions: Permissions,
) => Promise<TargetAccess>;

/** A GitHub that lives in memory: PRs and issues as plain records (bench, unit tests). */
export function memoryHost(): TargetHost & {
  pulls: {
    number: number;
    head: string;
    base: string;
    title: string;
    body: string;
    open: boolean;
    labels: string[];
  }[];
  issues: { number: number; title: string; body: string }[];
} {
  const pulls: {
    number: number;
    head: string;
    base: string;
    title: string;
    body: string;
    open: boolean;
    labels: string[];
  }[] = [];
  const issues: { number: number; title: string; body: string }[] = [];
  const ref = (number: number) => ({ number, url: `memory://pull/${number}` });
  return {
    pulls,
    issues,
    async findOpenPull(head, base) {
      const pull = pulls.find((p) => p.open && p.head === head && p.base === base);
      return pull && ref(pull.number);
    },
    async createPull(pull) {
      const number = pulls.length + issues.length + 1;
      pulls.push({ number, ...pull, open: true, labels: [] });
      return ref(number);
    },
    async updatePull(number, change) {
      Object.assign(
        pulls.find((p) => p.number === number)!,
        change,
      );
    },
    async closePull(number) {
      pulls.find((p) => p.number === number)!.open = false;
    },
    async addLabels(number, labels) {
      pulls.find((p) => p.number === number)!.labels.push(...labels);
    },
    async requestReviewers() {},
    async enableAutoMerge() {},
    async upsertIssue(issue) {
      const existing = issues.find((i) => i.title === issue.title);
      if (existing) existing.body = issue.body;
      const number = existing?.number ?? pulls.length + issues.length + 1;
      if (!existing) issues.push({ number, title: issue.title, body: issue.body });
      return { number, url: `memory://issue/${number}` };
    },
  };
}
