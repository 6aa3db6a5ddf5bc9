import { describe, expect, it } from 'vitest';
import os from 'node:os';
import { authHeaderEnv, createGit, GitError } from './git.js';

describe('createGit', () => {
  it('scrubs secrets from every error message', async () => {
    const token = 'ghs_supersecret_token_value';
    const git = createGit(os.tmpdir(), { secrets: [token] });
    const error = await git
      .run(['ls-remote', `/nonexistent/${token}/repo.git`])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as Error).message).toContain('***');
    expect((error as Error).message).not.toContain(token);
  });

  it('sends the token as a header for one host, never in a URL or argv', () => {
    const env = authHeaderEnv('https://github.com/', 'tok123');
    expect(env).toEqual({
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from('x-access-token:tok123').toString('base64')}`,
    });
    expect(authHeaderEnv('https://github.com', undefined)).toEqual({});
  });
});
