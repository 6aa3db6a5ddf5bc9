import { afterEach, describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../../test/support/fake-github.js';
import { memoryLogger } from '../platform/logger.js';
import { createOctokit, kintsugiVersion } from './octokit.js';

describe('createOctokit', () => {
  const github = useFakeGitHub({ repo: 'acme/widgets' });
  const savedApiUrl = process.env.GITHUB_API_URL;
  afterEach(() => {
    if (savedApiUrl === undefined) delete process.env.GITHUB_API_URL;
    else process.env.GITHUB_API_URL = savedApiUrl;
  });

  it('sends the token and a kintsugi user agent', async () => {
    const octokit = createOctokit({ token: 'ghp_abc', baseUrl: github().url });
    await octokit.rest.repos.get({ owner: 'acme', repo: 'widgets' });
    const [request] = github().requests;
    expect(request!.auth).toBe('token ghp_abc');
    expect(request!.userAgent).toContain(`kintsugi/${kintsugiVersion()}`);
    expect(kintsugiVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('takes a GitHub Enterprise base URL from GITHUB_API_URL, GraphQL included', async () => {
    process.env.GITHUB_API_URL = `${github().url}/api/v3`;
    const octokit = createOctokit({ token: 't' });
    const { data } = await octokit.rest.repos.get({ owner: 'acme', repo: 'widgets' });
    expect(data.full_name).toBe('acme/widgets');
    github().state.addCommit('acme/widgets', { branch: 'b', files: { x: 'y' } });
    github().state.addPull('acme/widgets', { head: 'b' });
    const pull = (await octokit.rest.pulls.get({ owner: 'acme', repo: 'widgets', pull_number: 1 }))
      .data;
    await octokit.graphql(
      'mutation($id: ID!) { enablePullRequestAutoMerge(input: {pullRequestId: $id}) { pullRequest { number } } }',
      { id: pull.node_id },
    );
    expect(github().state.repo('acme', 'widgets')!.pulls.get(1)!.autoMerge).toBeDefined();
  });

  it('retries a transient 5xx', async () => {
    const logger = memoryLogger();
    const octokit = createOctokit({ token: 't', baseUrl: github().url, logger });
    github().failNext({ status: 502, times: 2 });
    const { data } = await octokit.rest.repos.get({ owner: 'acme', repo: 'widgets' });
    expect(data.name).toBe('widgets');
    expect(github().requests.map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('waits out a primary rate limit and logs it, up to `retries` times', async () => {
    const logger = memoryLogger();
    const limited = {
      status: 403,
      body: { message: 'API rate limit exceeded' },
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
      },
    };
    const octokit = createOctokit({ token: 't', baseUrl: github().url, logger, retries: 2 });
    github().failNext({ ...limited, times: 1 });
    await octokit.rest.issues.create({ owner: 'acme', repo: 'widgets', title: 'after the limit' });
    expect(logger.lines.join('\n')).toMatch(/rate limit hit for POST .*retrying/);

    github().failNext({ ...limited, times: 5 });
    await expect(octokit.rest.repos.get({ owner: 'acme', repo: 'widgets' })).rejects.toMatchObject({
      status: 403,
    });
    expect(logger.lines.join('\n')).toMatch(/giving up after 2 retries/);
    expect(github().requests.filter((r) => r.status === 403)).toHaveLength(1 + 3);
  });

  it('does not sit out a rate limit whose reset is far away', async () => {
    const logger = memoryLogger();
    const octokit = createOctokit({
      token: 't',
      baseUrl: github().url,
      logger,
      maxRateLimitWait: 60,
    });
    github().failNext({
      status: 403,
      body: { message: 'API rate limit exceeded' },
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      },
    });
    await expect(octokit.rest.repos.get({ owner: 'acme', repo: 'widgets' })).rejects.toMatchObject({
      status: 403,
    });
    expect(logger.lines.join('\n')).toMatch(/more than 60s\), not waiting/);
  });

  it('waits out a secondary rate limit', async () => {
    const logger = memoryLogger();
    const octokit = createOctokit({ token: 't', baseUrl: github().url, logger });
    github().failNext({
      status: 403,
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
      headers: { 'retry-after': '1' },
    });
    await octokit.rest.repos.get({ owner: 'acme', repo: 'widgets' });
    expect(logger.lines.join('\n')).toMatch(/secondary rate limit hit/);
  });

  it('needs a token', () => {
    expect(() => createOctokit({ token: '' })).toThrow(/token is required/);
  });
});
