import { randomBytes } from 'node:crypto';
import { HttpError, noContent, notFound, ok, type Ctx, type Routes } from './handler.js';
import type { InstallationRecord } from './state.js';
import { repoView } from './views.js';

/** GitHub App endpoints: installation lookup and installation tokens. JWT checks live in auth.ts. */

const LEVEL = { read: 1, write: 2 } as const;

function requireApp(ctx: Ctx): number {
  if (ctx.caller.appId === undefined)
    throw new HttpError(401, 'A JSON web token could not be decoded (this route needs an App JWT)');
  return ctx.caller.appId;
}

function installationView(api: string, i: InstallationRecord) {
  return {
    id: i.id,
    app_id: i.appId,
    account: { login: i.account, id: i.account.length, type: 'Organization' },
    repository_selection: i.repositories === 'all' ? 'all' : 'selected',
    permissions: i.permissions,
    target_type: 'Organization',
    access_tokens_url: `${api}/app/installations/${i.id}/access_tokens`,
  };
}

function covers(i: InstallationRecord, owner: string, repo: string): boolean {
  if (i.account.toLowerCase() !== owner.toLowerCase()) return false;
  if (i.repositories === 'all') return true;
  return i.repositories.some((r) => r.toLowerCase() === `${owner}/${repo}`.toLowerCase());
}

export const appRoutes: Routes = {
  'GET /app': (ctx) => {
    const app = ctx.state.apps.get(requireApp(ctx)) ?? notFound();
    return ok({
      id: app.id,
      slug: app.slug,
      client_id: app.clientId,
      name: app.slug,
      owner: { login: 'kintsugi' },
    });
  },

  'GET /repos/{owner}/{repo}/installation': (ctx) => {
    const appId = requireApp(ctx);
    const { owner, repo } = ctx.params as { owner: string; repo: string };
    const found = [...ctx.state.installations.values()].find(
      (i) => i.appId === appId && covers(i, owner, repo),
    );
    return ok(installationView(ctx.view.api, found ?? notFound('Not Found')));
  },

  'POST /app/installations/{installation_id}/access_tokens': (ctx) => {
    const appId = requireApp(ctx);
    const installation = ctx.state.installations.get(Number(ctx.params.installation_id));
    if (!installation || installation.appId !== appId) notFound();
    const b = (ctx.body ?? {}) as {
      repositories?: string[];
      permissions?: Record<string, 'read' | 'write'>;
    };
    const names = b.repositories ?? [];
    for (const name of names)
      if (!covers(installation, installation.account, name))
        throw new HttpError(
          422,
          `There is at least one repository that does not exist or is not accessible to the parent installation (${name}).`,
        );
    const permissions = b.permissions ?? installation.permissions;
    for (const [perm, level] of Object.entries(permissions)) {
      const granted = installation.permissions[perm];
      if (!granted || LEVEL[granted] < LEVEL[level])
        throw new HttpError(
          422,
          `The permissions requested are not granted to this installation (${perm}: ${level}).`,
        );
    }
    const token = `ghs_${randomBytes(18).toString('hex')}`;
    const expiresAt = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const repositories = names.length
      ? names.map((n) => `${installation.account}/${n}`)
      : installation.repositories === 'all'
        ? [...ctx.state.repos.values()]
            .filter((r) => r.owner.toLowerCase() === installation.account.toLowerCase())
            .map((r) => `${r.owner}/${r.name}`)
        : installation.repositories;
    const app = ctx.state.apps.get(appId)!;
    ctx.state.tokens.set(token, {
      token,
      kind: 'installation',
      login: `${app.slug}[bot]`,
      installationId: installation.id,
      repositories,
      permissions,
      expiresAt,
      revoked: false,
    });
    const repos = repositories
      .map((full) => ctx.state.repos.get(full.toLowerCase()))
      .filter((r) => r !== undefined);
    return ok(
      {
        token,
        expires_at: expiresAt,
        permissions,
        repository_selection: 'selected',
        repositories: repos.map((r) => repoView(ctx.view, r)),
      },
      201,
    );
  },

  'DELETE /installation/token': (ctx) => {
    const token = ctx.caller.token;
    if (!token || token.kind !== 'installation')
      throw new HttpError(403, 'Only installation tokens can be revoked here');
    token.revoked = true;
    return noContent();
  },
};

/** The permission a repository route needs for an installation token, by what it touches. */
export function permissionFor(template: string): string | undefined {
  if (!template.startsWith('/repos/{owner}/{repo}')) return undefined;
  const rest = template.slice('/repos/{owner}/{repo}'.length);
  if (rest === '' || rest === '/installation') return 'metadata';
  const table: [RegExp, string][] = [
    [/\/check-(runs|suites)/, 'checks'],
    [/\/status(es)?\b/, 'statuses'],
    [/^\/deployments/, 'deployments'],
    [/^\/actions\/variables/, 'actions_variables'],
    [/^\/actions\//, 'actions'],
    [/^\/pulls/, 'pull_requests'],
    [/^\/(issues|labels)/, 'issues'],
    [/^\/(git|contents|commits|branches|compare)/, 'contents'],
  ];
  return table.find(([re]) => re.test(rest))?.[1] ?? 'administration';
}
