import { afterEach, beforeEach } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './fake-github/server.js';

/**
 * The fake GitHub REST server (see fake-github/server.ts). In a test file:
 *
 *   const github = useFakeGitHub({ repo: 'acme/widgets' });
 *   it('...', async () => { const octokit = createOctokit({ token: 't', baseUrl: github().url }); ... });
 *
 * A fresh server per test; after each test it is closed, and any request that violated GitHub's
 * OpenAPI description (or any answer of the fake outside it) fails that test. Tests that provoke a
 * violation on purpose take it with `github().takeViolations()`.
 *
 * Seed through `github().state`: addRepo('o/r', {files, defaultBranch}), addIssue, addComment,
 * addPull({head, base}), addCommit({branch, files, verified}), addWorkflowRun({jobs: [{name,
 * conclusion, log, steps}], artifacts}), addCheckRun, installApp({publicKey, account,
 * repositories, permissions}), addUserToken; read back with repo('o', 'r'), readFile, tokens.
 * `github().requests` lists every request (method, path, route, query, body, status, auth).
 * `github().failNext({route?, status, headers?, times?})` injects rate limits and 5xx.
 */
export function useFakeGitHub(options: FakeGitHubOptions = {}): () => FakeGitHub {
  let current: FakeGitHub | undefined;
  beforeEach(async () => {
    current = await startFakeGitHub(options);
  });
  afterEach(async () => {
    const server = current;
    current = undefined;
    await server?.close();
  });
  return () => {
    if (!current) throw new Error('useFakeGitHub: the server exists only inside a test');
    return current;
  };
}

export { startFakeGitHub };
export type { FakeGitHub, FakeGitHubOptions };
export type { RecordedRequest, Violation, InjectedFailure } from './fake-github/server.js';
export { FakeGitHubState } from './fake-github/state.js';
