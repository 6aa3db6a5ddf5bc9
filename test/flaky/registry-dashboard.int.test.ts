import { describe, expect, it } from 'vitest';
import { readRegistry, recordRun } from '../../src/flaky/registry.js';
import { buildReport } from '../../src/flaky/verdict.js';
import { openDashboard } from '../../src/github/dashboard.js';
import { createOctokit } from '../../src/github/octokit.js';
import { useFakeGitHub } from '../support/fake-github.js';

function reportWith(flaky: string[]) {
  return buildReport({
    framework: 'vitest',
    started: Date.now(),
    reruns: 1,
    tests: flaky.map((name) => ({
      ref: { name, classname: 'suite' },
      attempts: [
        { status: 'failed' as const, seconds: 0.1, message: 'ETIMEDOUT', run: 0 },
        { status: 'passed' as const, seconds: 0.1, run: 1, isolated: true },
      ],
      failureTexts: ['connect ETIMEDOUT'],
    })),
  });
}

describe('flaky registry kept in the dashboard issue (fake GitHub, OpenAPI-checked)', () => {
  const github = useFakeGitHub({ repo: 'acme/widgets' });
  const client = () => createOctokit({ token: 't', baseUrl: github().url });

  it('three runs recording at once lose nothing; the fold counts every one', async () => {
    const stores = await Promise.all(
      ['11', '12', '13'].map((runId) =>
        openDashboard(client(), { owner: 'acme', repo: 'widgets', runId }),
      ),
    );
    await Promise.all([
      recordRun(stores[0]!, reportWith(['login', 'upload']), 'sha-a'),
      recordRun(stores[1]!, reportWith(['login']), 'sha-b'),
      recordRun(stores[2]!, reportWith(['login', 'search']), 'sha-c'),
    ]);
    const registry = await readRegistry(stores[0]!);
    const byName = Object.fromEntries(registry.tests.map((t) => [t.name, t]));
    expect(byName.login).toMatchObject({ flaky: 3, failed: 0, signature: 'timing' });
    expect(byName.login!.commits.sort()).toEqual(['sha-a', 'sha-b', 'sha-c']);
    expect(byName.upload).toMatchObject({ flaky: 1 });
    expect(byName.search).toMatchObject({ flaky: 1 });
    github().assertNoViolations();
  });
});
