import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../../test/support/fake-github.js';
import { createOctokit, graphql } from './octokit.js';
import { findOpenPullByHead, openOrUpdatePull } from './pulls.js';

describe('pull requests', () => {
  const github = useFakeGitHub({ repo: 'acme/widgets' });

  it('opens once, then updates the same PR; labels and user + team reviewers', async () => {
    const octokit = createOctokit({ token: 't', baseUrl: github().url });
    github().state.addCommit('acme/widgets', {
      branch: 'kintsugi/fix-lint',
      files: { 'a.ts': 'x' },
    });
    const spec = {
      owner: 'acme',
      repo: 'widgets',
      head: 'kintsugi/fix-lint',
      base: 'main',
      title: 'Fix lint',
      body: 'v1',
      labels: ['kintsugi'],
      reviewers: ['alice', 'team:platform', '@bob'],
    };
    const first = await openOrUpdatePull(octokit, spec);
    const second = await openOrUpdatePull(octokit, { ...spec, body: 'v2' });
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ number: first.number, created: false });
    const repo = github().state.repo('acme', 'widgets')!;
    expect(repo.issues.get(first.number)).toMatchObject({ body: 'v2', labels: ['kintsugi'] });
    expect(repo.pulls.get(first.number)).toMatchObject({
      requestedReviewers: ['alice', 'bob'],
      requestedTeams: ['platform'],
    });
    expect(
      await findOpenPullByHead(octokit, { owner: 'acme', repo: 'widgets', head: 'other' }),
    ).toBeUndefined();

    // Auto-merge goes through GraphQL on the same client.
    await graphql(
      octokit,
      'mutation ($id: ID!) { enablePullRequestAutoMerge(input: {pullRequestId: $id, mergeMethod: SQUASH}) { pullRequest { number } } }',
      { id: first.nodeId },
    );
    expect(repo.pulls.get(first.number)!.autoMerge).toEqual({ mergeMethod: 'SQUASH' });
    await graphql(
      octokit,
      `
        mutation ($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
          enablePullRequestAutoMerge(
            input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }
          ) {
            pullRequest {
              number
            }
          }
        }
      `,
      { pullRequestId: first.nodeId, mergeMethod: 'REBASE' },
    );
    expect(repo.pulls.get(first.number)!.autoMerge).toEqual({ mergeMethod: 'REBASE' });
  });

  it('an unknown GraphQL operation is a violation', async () => {
    const octokit = createOctokit({ token: 't', baseUrl: github().url, retries: 0 });
    await expect(graphql(octokit, 'query { viewer { login } }')).rejects.toThrow();
    expect(github().takeViolations()[0]!.errors[0]).toMatch(
      /knows only enablePullRequestAutoMerge/,
    );
  });
});
