import { HttpError, noContent, notFound, ok, type Ctx, type Routes } from './handler.js';
import type { RepoRecord, TreeEntry } from './state.js';
import { commitView, refView } from './views.js';

/** Git data (blobs, trees, commits, refs), contents and commits. */

const R = '/repos/{owner}/{repo}';

function commitAt(ctx: Ctx, repo: RepoRecord, ref: string) {
  const sha = ctx.state.resolveRef(repo, ref);
  return (sha ? repo.commits.get(sha) : undefined) ?? notFound('No commit found for the ref');
}

function fullRef(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

function b64(buf: Buffer): string {
  return buf.toString('base64');
}

export const gitRoutes: Routes = {
  [`POST ${R}/git/blobs`]: (ctx) => {
    const repo = ctx.repo();
    const b = ctx.body as { content: string; encoding?: string };
    const sha = ctx.state.putBlob(
      repo,
      Buffer.from(b.content, b.encoding === 'base64' ? 'base64' : 'utf8'),
    );
    return ok(
      { sha, url: `${ctx.view.api}/repos/${repo.owner}/${repo.name}/git/blobs/${sha}` },
      201,
    );
  },

  [`GET ${R}/git/blobs/{file_sha}`]: (ctx) => {
    const blob = ctx.repo().blobs.get(ctx.params.file_sha!) ?? notFound();
    return ok({
      sha: ctx.params.file_sha,
      size: blob.length,
      encoding: 'base64',
      content: b64(blob),
    });
  },

  [`POST ${R}/git/trees`]: (ctx) => {
    const repo = ctx.repo();
    const b = ctx.body as {
      base_tree?: string;
      tree: {
        path: string;
        mode: string;
        type: TreeEntry['type'];
        sha?: string | null;
        content?: string;
      }[];
    };
    const base = b.base_tree
      ? (repo.trees.get(b.base_tree) ?? notFound('base_tree not found'))
      : [];
    const entries = new Map(base.map((e) => [e.path, e]));
    for (const item of b.tree) {
      if (item.sha === null) {
        entries.delete(item.path);
        continue;
      }
      const sha =
        item.content !== undefined ? ctx.state.putBlob(repo, Buffer.from(item.content)) : item.sha;
      if (!sha) throw new HttpError(422, `tree entry ${item.path} needs sha or content`);
      if (item.type === 'blob' && !repo.blobs.has(sha))
        throw new HttpError(422, `blob ${sha} not found`);
      entries.set(item.path, { path: item.path, mode: item.mode, type: item.type, sha });
    }
    const sha = ctx.state.putTree(repo, [...entries.values()]);
    return ok(treeView(ctx, repo, sha), 201);
  },

  [`GET ${R}/git/trees/{tree_sha}`]: (ctx) => {
    const repo = ctx.repo();
    const sha = repo.trees.has(ctx.params.tree_sha!)
      ? ctx.params.tree_sha!
      : commitAt(ctx, repo, ctx.params.tree_sha!).tree;
    return ok(treeView(ctx, repo, sha));
  },

  [`POST ${R}/git/commits`]: (ctx) => {
    const repo = ctx.repo();
    const b = ctx.body as { message: string; tree: string; parents?: string[]; signature?: string };
    if (!repo.trees.has(b.tree)) throw new HttpError(422, `tree ${b.tree} not found`);
    for (const p of b.parents ?? [])
      if (!repo.commits.has(p)) throw new HttpError(422, `parent ${p} not found`);
    // Commits created through the API by an App or token without a custom signature are signed by GitHub.
    const commit = ctx.state.putCommit(repo, {
      message: b.message,
      tree: b.tree,
      parents: b.parents ?? [],
      verified: b.signature === undefined,
    });
    return ok(commitView(ctx.view, repo, commit), 201);
  },

  [`GET ${R}/git/commits/{commit_sha}`]: (ctx) => {
    const repo = ctx.repo();
    return ok(commitView(ctx.view, repo, repo.commits.get(ctx.params.commit_sha!) ?? notFound()));
  },

  [`GET ${R}/git/ref/{ref}`]: (ctx) => {
    const repo = ctx.repo();
    const ref = fullRef(ctx.params.ref!);
    return ok(refView(ctx.view, repo, ref, repo.refs.get(ref) ?? notFound()));
  },

  [`GET ${R}/git/matching-refs/{ref}`]: (ctx) => {
    const repo = ctx.repo();
    const prefix = fullRef(ctx.params.ref!);
    const refs = [...repo.refs].filter(([r]) => r.startsWith(prefix));
    return ok(refs.map(([r, sha]) => refView(ctx.view, repo, r, sha)));
  },

  [`POST ${R}/git/refs`]: (ctx) => {
    const repo = ctx.repo();
    const b = ctx.body as { ref: string; sha: string };
    if (!b.ref.startsWith('refs/') || b.ref.split('/').length < 3)
      throw new HttpError(
        422,
        'Reference name must start with refs/ and have at least two slashes',
      );
    if (repo.refs.has(b.ref)) throw new HttpError(422, 'Reference already exists');
    if (!repo.commits.has(b.sha)) throw new HttpError(422, 'Object does not exist');
    repo.refs.set(b.ref, b.sha);
    return ok(refView(ctx.view, repo, b.ref, b.sha), 201);
  },

  [`PATCH ${R}/git/refs/{ref}`]: (ctx) => {
    const repo = ctx.repo();
    const ref = fullRef(ctx.params.ref!);
    const b = ctx.body as { sha: string; force?: boolean };
    const current = repo.refs.get(ref) ?? notFound('Reference does not exist');
    if (!repo.commits.has(b.sha)) throw new HttpError(422, 'Object does not exist');
    if (!b.force && !isAncestor(repo, current, b.sha))
      throw new HttpError(422, 'Update is not a fast forward');
    repo.refs.set(ref, b.sha);
    return ok(refView(ctx.view, repo, ref, b.sha));
  },

  [`DELETE ${R}/git/refs/{ref}`]: (ctx) => {
    const repo = ctx.repo();
    const ref = fullRef(ctx.params.ref!);
    if (!repo.refs.delete(ref)) throw new HttpError(422, 'Reference does not exist');
    return noContent();
  },

  [`GET ${R}/contents/{path}`]: (ctx) => {
    const repo = ctx.repo();
    const commit = commitAt(ctx, repo, (ctx.query.ref as string | undefined) ?? repo.defaultBranch);
    const entries = repo.trees.get(commit.tree)!;
    const file = entries.find((e) => e.path === ctx.params.path);
    if (file) {
      const blob = repo.blobs.get(file.sha)!;
      return ok({
        type: 'file',
        encoding: 'base64',
        size: blob.length,
        name: file.path.split('/').pop(),
        path: file.path,
        sha: file.sha,
        content: b64(blob),
      });
    }
    const dir = `${ctx.params.path!.replace(/\/$/, '')}/`;
    const inside = entries.filter((e) => e.path.startsWith(dir));
    if (!inside.length) notFound();
    const names = [...new Set(inside.map((e) => e.path.slice(dir.length).split('/')[0]!))];
    return ok(
      names.map((name) => ({
        type: inside.some((e) => e.path === dir + name) ? 'file' : 'dir',
        name,
        path: dir + name,
      })),
    );
  },

  [`GET ${R}/commits/{ref}`]: (ctx) => {
    const repo = ctx.repo();
    const commit = commitAt(ctx, repo, ctx.params.ref!);
    const view = commitView(ctx.view, repo, commit);
    return ok({
      sha: commit.sha,
      html_url: view.html_url,
      commit: view,
      parents: view.parents,
      files: [],
    });
  },
};

function treeView(ctx: Ctx, repo: RepoRecord, sha: string) {
  const entries = repo.trees.get(sha) ?? notFound();
  const base = `${ctx.view.api}/repos/${repo.owner}/${repo.name}/git`;
  return {
    sha,
    url: `${base}/trees/${sha}`,
    truncated: false,
    tree: entries.map((e) => ({
      ...e,
      size: repo.blobs.get(e.sha)?.length,
      url: `${base}/blobs/${e.sha}`,
    })),
  };
}

function isAncestor(repo: RepoRecord, ancestor: string, sha: string): boolean {
  const seen = new Set<string>();
  const queue = [sha];
  while (queue.length) {
    const s = queue.pop()!;
    if (s === ancestor) return true;
    if (seen.has(s)) continue;
    seen.add(s);
    queue.push(...(repo.commits.get(s)?.parents ?? []));
  }
  return false;
}
