import { createHash, type KeyObject } from 'node:crypto';
import type {
  LabelRecord,
  IssueRecord,
  CommentRecord,
  PullRecord,
  TreeEntry,
  CommitRecord,
  CheckRunRecord,
  JobRecord,
  RunRecord,
  RepoRecord,
  InstallationRecord,
  AppRecord,
  TokenRecord,
  SeedCommit,
} from './records.js';

export type * from './records.js';

/**
 * What the fake GitHub remembers. Records hold plain data; `views.ts` turns them into the JSON
 * shapes GitHub answers with. Seeding helpers (`addRepo`, `addIssue`, ...) are what tests call.
 */

let nextId = 1000;
export function newId(): number {
  return nextId++;
}
export function now(): string {
  return new Date().toISOString();
}
export function gitSha(kind: string, content: Buffer | string): string {
  const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${kind} ${data.length}\0`), data]))
    .digest('hex');
}

export class FakeGitHubState {
  readonly repos = new Map<string, RepoRecord>();
  readonly apps = new Map<number, AppRecord>();
  readonly installations = new Map<number, InstallationRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  /** Job logs and other downloads, served under /_blobs/<id> like GitHub's blob storage. */
  readonly downloads = new Map<string, string>();

  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  addRepo(
    fullName: string,
    options: { defaultBranch?: string; private?: boolean; files?: Record<string, string> } = {},
  ): RepoRecord {
    const [owner, name] = fullName.split('/');
    if (!owner || !name) throw new Error(`addRepo: expected owner/name, got ${fullName}`);
    const repo: RepoRecord = {
      id: newId(),
      owner,
      name,
      defaultBranch: options.defaultBranch ?? 'main',
      private: options.private ?? false,
      labels: new Map(),
      issues: new Map(),
      comments: new Map(),
      pulls: new Map(),
      refs: new Map(),
      blobs: new Map(),
      trees: new Map(),
      commits: new Map(),
      checkRuns: [],
      statuses: [],
      runs: new Map(),
      deployments: [],
      variables: new Map(),
    };
    this.repos.set(fullName.toLowerCase(), repo);
    this.addCommit(fullName, {
      files: options.files ?? { 'README.md': `# ${name}\n` },
      message: 'Initial commit',
    });
    return repo;
  }

  private must(fullName: string): RepoRecord {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`fake-github: no repo ${fullName}; call state.addRepo first`);
    return repo;
  }

  ensureLabel(repo: RepoRecord, name: string): LabelRecord {
    const key = name.toLowerCase();
    let label = repo.labels.get(key);
    if (!label) {
      label = { id: newId(), name, color: 'ededed', description: null };
      repo.labels.set(key, label);
    }
    return label;
  }

  /** Issues and pulls share one number sequence, as on GitHub. */
  nextNumber(repo: RepoRecord): number {
    return repo.issues.size + 1;
  }

  addIssue(
    fullName: string,
    issue: {
      title: string;
      body?: string;
      labels?: string[];
      state?: 'open' | 'closed';
      user?: string;
    },
  ): IssueRecord {
    const repo = this.must(fullName);
    const record: IssueRecord = {
      id: newId(),
      number: this.nextNumber(repo),
      title: issue.title,
      body: issue.body ?? null,
      state: issue.state ?? 'open',
      labels: (issue.labels ?? []).map((l) => this.ensureLabel(repo, l).name),
      user: issue.user ?? 'octocat',
      assignees: [],
      createdAt: now(),
      updatedAt: now(),
      isPull: false,
    };
    repo.issues.set(record.number, record);
    return record;
  }

  /** A comment by `user`; `association` NONE means an outsider without write access. */
  addComment(
    fullName: string,
    issueNumber: number,
    body: string,
    user = 'octocat',
    association = 'NONE',
  ): CommentRecord {
    const repo = this.must(fullName);
    const c: CommentRecord = {
      id: newId(),
      issueNumber,
      body,
      user,
      association,
      createdAt: now(),
      updatedAt: now(),
    };
    repo.comments.set(c.id, c);
    return c;
  }

  addPull(
    fullName: string,
    pull: {
      head: string;
      base?: string;
      title?: string;
      body?: string;
      headSha?: string;
      draft?: boolean;
    },
  ): PullRecord {
    const repo = this.must(fullName);
    const issue = this.addIssue(fullName, {
      title: pull.title ?? `Merge ${pull.head}`,
      body: pull.body,
    });
    issue.isPull = true;
    const record: PullRecord = {
      number: issue.number,
      id: newId(),
      head: pull.head,
      headSha:
        pull.headSha ?? repo.refs.get(`refs/heads/${pull.head}`) ?? gitSha('commit', pull.head),
      base: pull.base ?? repo.defaultBranch,
      draft: pull.draft ?? false,
      merged: false,
      maintainerCanModify: true,
      requestedReviewers: [],
      requestedTeams: [],
    };
    repo.pulls.set(record.number, record);
    return record;
  }

  /** Commits files (null deletes) on a branch, creating the branch from the default one if needed. */
  addCommit(fullName: string, seed: SeedCommit): CommitRecord {
    const repo = this.must(fullName);
    const branch = seed.branch ?? repo.defaultBranch;
    const parentSha =
      repo.refs.get(`refs/heads/${branch}`) ?? repo.refs.get(`refs/heads/${repo.defaultBranch}`);
    const parent = parentSha ? repo.commits.get(parentSha) : undefined;
    const entries = new Map((parent ? repo.trees.get(parent.tree)! : []).map((e) => [e.path, e]));
    for (const [file, content] of Object.entries(seed.files)) {
      if (content === null) {
        entries.delete(file);
        continue;
      }
      const sha = this.putBlob(repo, Buffer.from(content));
      entries.set(file, { path: file, mode: '100644', type: 'blob', sha });
    }
    const tree = this.putTree(repo, [...entries.values()]);
    const commit = this.putCommit(repo, {
      message: seed.message ?? 'Update files',
      tree,
      parents: parentSha ? [parentSha] : [],
      verified: seed.verified ?? false,
    });
    repo.refs.set(`refs/heads/${branch}`, commit.sha);
    return commit;
  }

  putBlob(repo: RepoRecord, content: Buffer): string {
    const sha = gitSha('blob', content);
    repo.blobs.set(sha, content);
    return sha;
  }

  putTree(repo: RepoRecord, entries: TreeEntry[]): string {
    const sorted = [...entries].sort((a, b) => a.path.localeCompare(b.path));
    const sha = gitSha('tree', JSON.stringify(sorted));
    repo.trees.set(sha, sorted);
    return sha;
  }

  putCommit(
    repo: RepoRecord,
    c: { message: string; tree: string; parents: string[]; verified: boolean },
  ): CommitRecord {
    const author = { name: 'Kintsugi Test', email: 'test@kintsugi.invalid', date: now() };
    const sha = gitSha('commit', JSON.stringify({ ...c, author, n: newId() }));
    const record: CommitRecord = { sha, ...c, author };
    repo.commits.set(sha, record);
    return record;
  }

  /** Reads a file at a branch, tag or commit sha; undefined when absent. */
  readFile(fullName: string, filePath: string, ref?: string): string | undefined {
    const repo = this.must(fullName);
    const sha = this.resolveRef(repo, ref ?? repo.defaultBranch);
    const commit = sha ? repo.commits.get(sha) : undefined;
    const entry = commit
      ? repo.trees.get(commit.tree)?.find((e) => e.path === filePath)
      : undefined;
    return entry ? repo.blobs.get(entry.sha)?.toString('utf8') : undefined;
  }

  resolveRef(repo: RepoRecord, ref: string): string | undefined {
    if (repo.commits.has(ref)) return ref;
    return (
      repo.refs.get(ref) ?? repo.refs.get(`refs/heads/${ref}`) ?? repo.refs.get(`refs/tags/${ref}`)
    );
  }

  addWorkflowRun(
    fullName: string,
    run: {
      name?: string;
      path?: string;
      workflowId?: number;
      headBranch?: string;
      headSha?: string;
      event?: string;
      status?: string;
      conclusion?: string | null;
      createdAt?: string;
      jobs?: {
        name: string;
        conclusion?: string | null;
        log?: string;
        steps?: JobRecord['steps'];
      }[];
      artifacts?: { name: string; sizeInBytes?: number }[];
    } = {},
  ): RunRecord & { jobRecords: JobRecord[] } {
    const repo = this.must(fullName);
    const id = newId();
    const jobs = (run.jobs ?? []).map((j) => {
      const job: JobRecord = {
        id: newId(),
        runId: id,
        name: j.name,
        status: 'completed',
        conclusion: j.conclusion === undefined ? 'success' : j.conclusion,
        steps: j.steps ?? [],
        log: j.log ?? '',
      };
      this.jobs.set(job.id, { repo: `${repo.owner}/${repo.name}`, job });
      return job;
    });
    const record: RunRecord = {
      id,
      name: run.name ?? 'CI',
      workflowId: run.workflowId ?? 1,
      path: run.path ?? '.github/workflows/ci.yml',
      headBranch: run.headBranch ?? repo.defaultBranch,
      headSha: run.headSha ?? repo.refs.get(`refs/heads/${repo.defaultBranch}`)!,
      event: run.event ?? 'push',
      status: run.status ?? 'completed',
      conclusion: run.conclusion === undefined ? 'success' : run.conclusion,
      runAttempt: 1,
      createdAt: run.createdAt ?? now(),
      jobs: jobs.map((j) => j.id),
      artifacts: (run.artifacts ?? []).map((a) => ({
        id: newId(),
        name: a.name,
        sizeInBytes: a.sizeInBytes ?? 1024,
      })),
    };
    repo.runs.set(id, record);
    return { ...record, jobRecords: jobs };
  }
  readonly jobs = new Map<number, { repo: string; job: JobRecord }>();

  addCheckRun(
    fullName: string,
    check: { name: string; headSha: string; status?: string; conclusion?: string | null },
  ): CheckRunRecord {
    const repo = this.must(fullName);
    const record: CheckRunRecord = {
      id: newId(),
      name: check.name,
      headSha: check.headSha,
      status: check.status ?? 'completed',
      conclusion: check.conclusion === undefined ? 'success' : check.conclusion,
    };
    repo.checkRuns.push(record);
    return record;
  }

  /**
   * Registers a GitHub App (its public key verifies the JWTs auth-app signs) installed on the
   * given repositories with the given permissions.
   */
  installApp(options: {
    appId?: number;
    clientId?: string;
    slug?: string;
    publicKey: KeyObject;
    account: string;
    repositories: string[] | 'all';
    permissions: Record<string, 'read' | 'write'>;
  }): { app: AppRecord; installation: InstallationRecord } {
    const id = options.appId ?? newId();
    const app: AppRecord = this.apps.get(id) ?? {
      id,
      clientId: options.clientId ?? `Iv1.${id.toString(16).padStart(16, '0')}`,
      slug: options.slug ?? 'kintsugi-test',
      publicKey: options.publicKey,
    };
    this.apps.set(id, app);
    const installation: InstallationRecord = {
      id: newId(),
      appId: id,
      account: options.account,
      repositories: options.repositories,
      permissions: options.permissions,
    };
    this.installations.set(installation.id, installation);
    return { app, installation };
  }

  /** Issues a token the fake accepts (when `acceptAnyToken` is off, only these work). */
  addUserToken(token: string, login = 'octocat'): void {
    this.tokens.set(token, { token, kind: 'user', login, revoked: false });
  }
}
