import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../../test/support/fake-github.js';
import { ConfigError } from '../platform/errors.js';
import { mintInstallationToken, withInstallationToken } from './app-token.js';
import { createOctokit } from './octokit.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

describe('mintInstallationToken', () => {
  const github = useFakeGitHub();

  function setup() {
    const state = github().state;
    state.addRepo('acme/widgets');
    state.addRepo('acme/gadgets');
    const { app } = state.installApp({
      publicKey,
      account: 'acme',
      repositories: ['acme/widgets', 'acme/gadgets'],
      permissions: { contents: 'write', pull_requests: 'write', issues: 'write', metadata: 'read' },
    });
    return app;
  }

  it('mints a token for one repository with only the asked permissions, then revokes it', async () => {
    const app = setup();
    const token = await mintInstallationToken({
      appId: app.id,
      privateKey: pem,
      owner: 'acme',
      repo: 'widgets',
      permissions: { contents: 'write' },
      baseUrl: github().url,
    });
    expect(token.permissions).toEqual({ contents: 'write' });
    expect(token.repository).toBe('acme/widgets');
    const record = github().state.tokens.get(token.token)!;
    expect(record.repositories).toEqual(['acme/widgets']);

    const octokit = createOctokit({ token: token.token, baseUrl: github().url, retries: 0 });
    // contents: write works on widgets
    const { data: blob } = await octokit.rest.git.createBlob({
      owner: 'acme',
      repo: 'widgets',
      content: 'x',
    });
    expect(blob.sha).toMatch(/^[0-9a-f]{40}$/);
    // other repository: invisible; other permission: forbidden
    await expect(octokit.rest.repos.get({ owner: 'acme', repo: 'gadgets' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      octokit.rest.issues.create({ owner: 'acme', repo: 'widgets', title: 'no' }),
    ).rejects.toMatchObject({ status: 403 });

    await token.revoke();
    expect(record.revoked).toBe(true);
    await expect(octokit.rest.repos.get({ owner: 'acme', repo: 'widgets' })).rejects.toMatchObject({
      status: 401,
    });
    await token.revoke(); // idempotent
  });

  it('accepts a client id and a PKCS#1 key with escaped newlines', async () => {
    const app = setup();
    const token = await mintInstallationToken({
      clientId: app.clientId,
      privateKey: pkcs1.replace(/\n/g, '\\n'),
      owner: 'acme',
      repo: 'gadgets',
      permissions: { pull_requests: 'write' },
      baseUrl: github().url,
    });
    expect(github().state.tokens.get(token.token)!.repositories).toEqual(['acme/gadgets']);
  });

  it('names the repository when the App is not installed there', async () => {
    const app = setup();
    github().state.addRepo('acme/secret');
    const attempt = mintInstallationToken({
      appId: app.id,
      privateKey: pem,
      owner: 'acme',
      repo: 'secret',
      permissions: { contents: 'read' },
      baseUrl: github().url,
    });
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow('the GitHub App is not installed on acme/secret');
  });

  it('refuses permissions the installation does not have, and a wrong key', async () => {
    const app = setup();
    const base = { appId: app.id, owner: 'acme', repo: 'widgets', baseUrl: github().url };
    await expect(
      mintInstallationToken({ ...base, privateKey: pem, permissions: { administration: 'write' } }),
    ).rejects.toThrow(/cannot grant what was asked/);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    await expect(
      mintInstallationToken({ ...base, privateKey: other, permissions: { contents: 'read' } }),
    ).rejects.toThrow(/rejected the App's credentials/);
    await expect(
      mintInstallationToken({
        ...base,
        privateKey: 'not a key',
        permissions: { contents: 'read' },
      }),
    ).rejects.toThrow(ConfigError);
  });

  it('withInstallationToken revokes even when the work fails', async () => {
    const app = setup();
    let minted = '';
    await expect(
      withInstallationToken(
        {
          appId: app.id,
          privateKey: pem,
          owner: 'acme',
          repo: 'widgets',
          permissions: { contents: 'read' },
          baseUrl: github().url,
        },
        async (t) => {
          minted = t.token;
          throw new Error('boom');
        },
      ),
    ).rejects.toThrow('boom');
    expect(github().state.tokens.get(minted)!.revoked).toBe(true);
  });
});
