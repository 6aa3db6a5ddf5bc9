import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createGit, type Git, type GitOptions } from './git.js';
import { listTree, type Tree } from './trees.js';

export const SOURCE_TRAILER = 'Kintsugi-Sync-Source';
export const AUTHOR_TRAILER = 'Kintsugi-Sync-Author';
export const ROLLBACK_TRAILER = 'Kintsugi-Sync-Rollback';

/** The source repository: a local checkout (the workflow's own), read through git objects only. */
export interface SourceRepo {
  repo: string;
  git: Git;
  sha: string;
  /** `Name <email>` of the source commit's author. */
  author: string;
  tree: Tree;
  objectsDir: string;
  /** The source tree at an earlier commit (the base of a 3-way sync); undefined if unreachable. */
  treeAt(sha: string): Promise<Tree | undefined>;
}

export async function openSource(options: {
  repo: string;
  dir: string;
  rev?: string;
}): Promise<SourceRepo> {
  const git = createGit(options.dir);
  const sha = await git.text(['rev-parse', '--verify', `${options.rev ?? 'HEAD'}^{commit}`]);
  const author = await git.text(['log', '-1', '--format=%an <%ae>', sha]);
  const objectsDir = path.resolve(
    options.dir,
    await git.text(['rev-parse', '--git-path', 'objects']),
  );
  const trees = new Map<string, Promise<Tree | undefined>>();
  const treeAt = (base: string) => {
    let tree = trees.get(base);
    if (!tree) {
      tree = readTreeAt(git, base);
      trees.set(base, tree);
    }
    return tree;
  };
  return {
    repo: options.repo,
    git,
    sha,
    author,
    tree: await listTree(git, sha),
    objectsDir,
    treeAt,
  };
}

async function readTreeAt(git: Git, sha: string): Promise<Tree | undefined> {
  if (!/^[0-9a-f]{7,64}$/.test(sha)) return undefined;
  const present = await git.run(['cat-file', '-e', `${sha}^{commit}`], { okCodes: [1, 128] });
  if (present.code !== 0) {
    // A shallow checkout may lack the last synced commit: fetch just that one.
    const fetched = await git.run(['fetch', '-q', '--no-tags', '--depth=1', 'origin', sha], {
      okCodes: [1, 128],
    });
    if (fetched.code !== 0) return undefined;
  }
  return listTree(git, sha);
}

/** A target repository fetched without a checkout into a bare directory. */
export interface TargetRepo {
  git: Git;
  url: string;
  branch: string;
  head: string;
  /** The sync branch on the remote now, if it exists (for --force-with-lease and "untouched"). */
  syncBranchHead?: string;
}

export interface FetchTargetOptions {
  /** owner/name, for messages. */
  repo: string;
  dir: string;
  url: string;
  branch?: string;
  syncBranch: string;
  depth: number;
  /** Objects of the source repository, borrowed so source blobs need no copying. */
  sourceObjectsDir: string;
  git: GitOptions;
}

export async function fetchTarget(options: FetchTargetOptions): Promise<TargetRepo> {
  await mkdir(options.dir, { recursive: true });
  const git = createGit(options.dir, options.git);
  await git.run(['init', '-q', '--bare']);
  await writeFile(
    path.join(options.dir, 'objects', 'info', 'alternates'),
    `${options.sourceObjectsDir}\n`,
  );
  const wanted = [
    'HEAD',
    ...(options.branch ? [`refs/heads/${options.branch}`] : []),
    `refs/heads/${options.syncBranch}`,
  ];
  const listing = await git
    .text(['ls-remote', '--symref', options.url, ...wanted])
    .catch((error: unknown) => {
      const why = (error as Error).message.split('\n')[0];
      throw new Error(
        `cannot read repository ${options.repo}: it does not exist or the token cannot reach it (${why})`,
      );
    });
  const refs = new Map<string, string>();
  let defaultBranch: string | undefined;
  for (const line of listing.split('\n')) {
    const symref = /^ref: refs\/heads\/(.+)\tHEAD$/.exec(line);
    if (symref) defaultBranch = symref[1];
    else if (line.includes('\t')) {
      const [sha, ref] = line.split('\t') as [string, string];
      refs.set(ref, sha);
    }
  }
  const branch = options.branch ?? defaultBranch;
  if (!branch) throw new Error('the repository is empty (no default branch)');
  // Without a configured branch, HEAD's line is the default branch's head.
  const head = refs.get(options.branch ? `refs/heads/${branch}` : 'HEAD');
  if (!head) throw new Error(`branch ${branch} does not exist in the target`);
  const syncBranchHead = refs.get(`refs/heads/${options.syncBranch}`);
  const refspecs = [`+refs/heads/${branch}:refs/heads/${branch}`];
  if (syncBranchHead) refspecs.push(`+refs/heads/${options.syncBranch}:refs/sync/current`);
  await git.run(['fetch', '-q', '--no-tags', `--depth=${options.depth}`, options.url, ...refspecs]);
  return { git, url: options.url, branch, head, syncBranchHead };
}

export interface LastSync {
  /** The target commit carrying the trailer. */
  commit: string;
  /** The source commit it synced from. */
  sourceSha: string;
}

/**
 * The newest commit on the target branch with `Kintsugi-Sync-Source: <repo>@<sha>`. A shallow
 * fetch is deepened (by 500 commits, then fully) when the trailer is not within it.
 */
export async function findLastSync(
  target: TargetRepo,
  sourceRepo: string,
): Promise<LastSync | undefined> {
  // Most syncs find the trailer within the first fetch; a target never synced costs two more.
  const ref = `+refs/heads/${target.branch}:refs/heads/${target.branch}`;
  for (const deepen of [undefined, '--deepen=500', '--unshallow']) {
    if (deepen) {
      const shallow = await target.git.text(['rev-parse', '--is-shallow-repository']);
      if (shallow !== 'true') return undefined;
      await target.git.run(['fetch', '-q', '--no-tags', deepen, target.url, ref]);
    }
    const found = await searchTrailer(target, sourceRepo);
    if (found) return found;
  }
  return undefined;
}

async function searchTrailer(
  target: TargetRepo,
  sourceRepo: string,
): Promise<LastSync | undefined> {
  const prefix = `${sourceRepo}@`;
  const out = await target.git.text([
    'log',
    '-z',
    '--fixed-strings',
    `--grep=${SOURCE_TRAILER}: ${prefix}`,
    `--format=%H%n%(trailers:key=${SOURCE_TRAILER},valueonly)`,
    target.head,
  ]);
  for (const record of out.split('\0')) {
    const [commit, ...values] = record.trim().split('\n');
    const value = values.map((v) => v.trim()).find((v) => v.startsWith(prefix));
    if (commit && value) return { commit, sourceSha: value.slice(prefix.length) };
  }
  return undefined;
}

export interface CommitOptions {
  tree: string;
  parent: string;
  message: string;
  identity: { name: string; email: string };
}

export async function commitTree(git: Git, options: CommitOptions): Promise<string> {
  const { name, email } = options.identity;
  return git
    .withEnv({
      GIT_AUTHOR_NAME: name,
      GIT_AUTHOR_EMAIL: email,
      GIT_COMMITTER_NAME: name,
      GIT_COMMITTER_EMAIL: email,
    })
    .text(['commit-tree', options.tree, '-p', options.parent, '-F', '-'], {
      input: options.message,
    });
}

/** Pushes a commit to the sync branch, only if the branch is still where we saw it. */
export async function pushBranch(
  target: TargetRepo,
  commit: string,
  branch: string,
  expected: string | undefined,
): Promise<void> {
  await target.git.run([
    'push',
    '-q',
    `--force-with-lease=refs/heads/${branch}:${expected ?? ''}`,
    target.url,
    `${commit}:refs/heads/${branch}`,
  ]);
}

/** Pushes straight onto the target branch (create_pr: false); a fast-forward only. */
export async function pushDirect(target: TargetRepo, commit: string): Promise<void> {
  await target.git.run(['push', '-q', target.url, `${commit}:refs/heads/${target.branch}`]);
}

export async function treeOf(git: Git, commit: string): Promise<string> {
  return git.text(['rev-parse', `${commit}^{tree}`]);
}

/** The first parent of a commit, deepening a shallow fetch by one if it is cut off. */
export async function parentOf(target: TargetRepo, commit: string): Promise<string | undefined> {
  const read = () =>
    target.git.run(['rev-parse', '--verify', '-q', `${commit}^`], { okCodes: [1, 128] });
  let result = await read();
  if (result.code !== 0) {
    await target.git.run([
      'fetch',
      '-q',
      '--no-tags',
      '--deepen=1',
      target.url,
      `+refs/heads/${target.branch}:refs/heads/${target.branch}`,
    ]);
    result = await read();
  }
  return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
}
