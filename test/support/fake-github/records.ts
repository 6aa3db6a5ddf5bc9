import type { KeyObject } from 'node:crypto';

/** The records the fake GitHub keeps; plain data, rendered to GitHub's JSON by views.ts. */

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}
export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  labels: string[];
  user: string;
  assignees: string[];
  createdAt: string;
  updatedAt: string;
  isPull: boolean;
}
export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  /** OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE: what GitHub reports about the author. */
  association: string;
  createdAt: string;
  updatedAt: string;
}
export interface PullRecord {
  number: number;
  id: number;
  head: string;
  headSha: string;
  base: string;
  draft: boolean;
  merged: boolean;
  maintainerCanModify: boolean;
  requestedReviewers: string[];
  requestedTeams: string[];
  autoMerge?: { mergeMethod: string };
}
export interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}
export interface CommitRecord {
  sha: string;
  message: string;
  tree: string;
  parents: string[];
  author: { name: string; email: string; date: string };
  /** Commits made through the API are signed by GitHub; pushed ones are not. */
  verified: boolean;
}
export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  output?: { title?: string; summary?: string; text?: string };
  detailsUrl?: string;
}
export interface StatusRecord {
  id: number;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  targetUrl: string | null;
}
export interface JobRecord {
  id: number;
  runId: number;
  name: string;
  status: string;
  conclusion: string | null;
  steps: { name: string; number: number; status: string; conclusion: string | null }[];
  log: string;
}
export interface RunRecord {
  id: number;
  name: string;
  workflowId: number;
  path: string;
  headBranch: string;
  headSha: string;
  event: string;
  status: string;
  conclusion: string | null;
  runAttempt: number;
  createdAt: string;
  jobs: number[];
  artifacts: { id: number; name: string; sizeInBytes: number }[];
}
export interface DeploymentRecord {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  statuses: { id: number; state: string; description?: string }[];
}
export interface RepoRecord {
  id: number;
  owner: string;
  name: string;
  defaultBranch: string;
  private: boolean;
  labels: Map<string, LabelRecord>;
  issues: Map<number, IssueRecord>;
  comments: Map<number, CommentRecord>;
  pulls: Map<number, PullRecord>;
  refs: Map<string, string>;
  blobs: Map<string, Buffer>;
  trees: Map<string, TreeEntry[]>;
  commits: Map<string, CommitRecord>;
  checkRuns: CheckRunRecord[];
  statuses: StatusRecord[];
  runs: Map<number, RunRecord>;
  deployments: DeploymentRecord[];
  variables: Map<string, string>;
}
export interface InstallationRecord {
  id: number;
  appId: number;
  account: string;
  /** Repositories the App is installed on, `owner/name`; `'all'` for every repository of the owner. */
  repositories: string[] | 'all';
  permissions: Record<string, 'read' | 'write'>;
}
export interface AppRecord {
  id: number;
  clientId: string;
  slug: string;
  publicKey: KeyObject;
}
export interface TokenRecord {
  token: string;
  kind: 'installation' | 'user';
  login: string;
  installationId?: number;
  repositories?: string[];
  permissions?: Record<string, string>;
  expiresAt?: string;
  revoked: boolean;
}

export interface SeedCommit {
  branch?: string;
  files: Record<string, string | null>;
  message?: string;
  verified?: boolean;
}
