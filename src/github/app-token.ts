import { createAppAuth } from '@octokit/auth-app';
import { ConfigError, describeError } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { clientOptions, createOctokit, OctokitWithPlugins } from './octokit.js';

/**
 * GitHub App installation tokens, one per target repository, carrying only the permissions the
 * caller asks for, and revoked when the work is done. The App itself is used for nothing else.
 */

export type PermissionLevel = 'read' | 'write';

export interface MintOptions {
  /** The App's numeric id, or its client id (Iv1.…); one of the two is required. */
  appId?: number | string;
  clientId?: string;
  /** PEM private key (PKCS#1 or PKCS#8); `\n` escapes from secrets are accepted. */
  privateKey: string;
  owner: string;
  repo: string;
  /** e.g. `{contents: 'write', pull_requests: 'write'}`; nothing beyond these is granted. */
  permissions: Record<string, PermissionLevel>;
  baseUrl?: string;
  logger?: Logger;
}

export interface InstallationToken {
  token: string;
  expiresAt: string;
  permissions: Record<string, string>;
  /** `owner/repo`: the only repository the token can reach. */
  repository: string;
  /** Revokes the token (DELETE /installation/token); safe to call twice. */
  revoke(): Promise<void>;
}

export async function mintInstallationToken(options: MintOptions): Promise<InstallationToken> {
  const appId = options.appId ?? options.clientId;
  if (appId === undefined || appId === '')
    throw new ConfigError('a GitHub App id or client id is required to mint a token');
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(options.privateKey))
    throw new ConfigError(
      'the GitHub App private key is not a PEM private key (expected "-----BEGIN ... PRIVATE KEY-----")',
    );
  const { owner, repo } = options;
  const full = `${owner}/${repo}`;
  const app = new OctokitWithPlugins({
    ...clientOptions(options),
    authStrategy: createAppAuth,
    auth: { appId, privateKey: options.privateKey.replace(/\\n/g, '\n') },
  });
  let installationId: number;
  try {
    const { data } = await app.rest.apps.getRepoInstallation({ owner, repo });
    installationId = data.id;
  } catch (error) {
    throw explain(error, full, 'find the installation');
  }
  let auth: { token: string; expiresAt: string; permissions: Record<string, string> };
  try {
    auth = (await app.auth({
      type: 'installation',
      installationId,
      repositoryNames: [repo],
      permissions: options.permissions,
      // auth-app caches tokens by installation; a revoked token must never come back from it.
      refresh: true,
    })) as typeof auth;
  } catch (error) {
    throw explain(error, full, 'mint a token');
  }
  let revoked = false;
  return {
    token: auth.token,
    expiresAt: auth.expiresAt,
    permissions: auth.permissions,
    repository: full,
    async revoke() {
      if (revoked) return;
      const octokit = createOctokit({ ...options, token: auth.token });
      await octokit.request('DELETE /installation/token');
      revoked = true;
    },
  };
}

function explain(error: unknown, repository: string, step: string): Error {
  const status = (error as { status?: number }).status;
  if (status === 404) return new ConfigError(`the GitHub App is not installed on ${repository}`);
  if (status === 401)
    return new ConfigError(
      `GitHub rejected the App's credentials while trying to ${step} for ${repository} (check the app id or client id and the private key): ${describeError(error)}`,
    );
  if (status === 422)
    return new ConfigError(
      `the GitHub App installation on ${repository} cannot grant what was asked: ${describeError(error)}`,
    );
  return new Error(`could not ${step} for ${repository}: ${describeError(error)}`);
}

/** Runs `work` with a token for one repository and revokes the token afterwards, even on failure. */
export async function withInstallationToken<T>(
  options: MintOptions,
  work: (token: InstallationToken) => Promise<T>,
): Promise<T> {
  const token = await mintInstallationToken(options);
  try {
    return await work(token);
  } finally {
    await token.revoke().catch((error: unknown) => {
      options.logger?.warning(
        `could not revoke the installation token for ${token.repository}: ${describeError(error)}`,
      );
    });
  }
}
