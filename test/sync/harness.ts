import { generateKeyPairSync } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runRepoSync } from '../../src/actions/repo-sync/main.js';
import { executeAction, type ActionOutcome } from '../../src/platform/action.js';
import { localIO, type LocalIO } from '../../src/platform/local-io.js';
import { memoryLogger } from '../../src/platform/logger.js';
import { githubAccess } from '../../src/sync/github-access.js';
import type { AccessProvider } from '../../src/sync/host.js';
import type { SyncReport } from '../../src/sync/report.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { SyncRepos } from './repos.js';

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const appPrivateKey = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
export const appPublicKey = keys.publicKey;

export interface SyncRun {
  outcome: ActionOutcome;
  report: SyncReport;
  io: LocalIO;
  logs: string[];
}

/**
 * Runs the repo-sync action end to end: inputs → real git against local bare targets → the fake
 * GitHub for tokens and PRs. A push to a bare target is mirrored into the fake's refs, as a push to
 * GitHub would make the branch known to its API.
 */
export async function runAction(
  repos: SyncRepos,
  github: FakeGitHub,
  config: string,
  inputs: Record<string, string> = {},
): Promise<SyncRun> {
  await mkdir(repos.sourceDir, { recursive: true });
  await writeFile(path.join(repos.root, 'sync-config.yaml'), config);
  const logger = memoryLogger();
  const io = localIO('repo-sync', {
    inputs: { config: '../sync-config.yaml', ...inputs },
    env: {
      GITHUB_REPOSITORY: 'acme/foundation',
      GITHUB_WORKSPACE: repos.sourceDir,
      GITHUB_API_URL: github.url,
      RUNNER_TEMP: path.join(repos.root, 'runner-temp'),
    },
    logger,
  });
  const real = githubAccess({
    app: inputs['private-key']
      ? { appId: inputs['app-id'], privateKey: inputs['private-key'] }
      : undefined,
    githubToken: inputs['github-token'],
    apiUrl: github.url,
    logger,
  });
  const access: AccessProvider = async (target, permissions) => {
    const opened = await real(target, permissions);
    const createPull = opened.host.createPull.bind(opened.host);
    opened.host.createPull = async (pull) => {
      const sha = await repos.ref(target.repo, `refs/heads/${pull.head}`);
      github.state.repo(target.owner, target.name)?.refs.set(`refs/heads/${pull.head}`, sha!);
      return createPull(pull);
    };
    return opened;
  };
  const started = Date.now();
  const outcome = await executeAction(
    (actionIO) => runRepoSync(actionIO, { remoteUrl: (t) => repos.bare(t.repo), access }),
    io,
  );
  if (process.env.SYNC_TIMING) console.log(`action ${Date.now() - started} ms`);
  return { outcome, report: outcome.report as SyncReport, io, logs: logger.lines };
}

/** Three targets on the fake and on disk, the App installed on the given ones. */
export async function seedTargets(
  repos: SyncRepos,
  github: FakeGitHub,
  options: { installedOn?: string[]; files?: Record<string, Record<string, string>> } = {},
): Promise<{ appId: string }> {
  const names = ['acme/one', 'acme/two', 'acme/three'];
  for (const name of names) {
    await repos.createTarget(name, options.files?.[name] ?? {});
    github.state.addRepo(name);
  }
  const { app } = github.state.installApp({
    publicKey: appPublicKey,
    account: 'acme',
    repositories: options.installedOn ?? names,
    permissions: {
      contents: 'write',
      pull_requests: 'write',
      workflows: 'write',
      issues: 'write',
      metadata: 'read',
    },
  });
  return { appId: String(app.id) };
}

export function pullsOf(github: FakeGitHub, repo: string) {
  const [owner, name] = repo.split('/') as [string, string];
  const record = github.state.repo(owner, name)!;
  return [...record.pulls.values()].map((p) => ({ ...p, issue: record.issues.get(p.number)! }));
}

export { SyncRepos };
