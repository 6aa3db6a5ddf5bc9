import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../../test/support/fake-github.js';
import { createOctokit } from './octokit.js';
import { MAX_COMMENT_LENGTH, stickyBody, upsertStickyComment } from './sticky-comment.js';

describe('upsertStickyComment', () => {
  const github = useFakeGitHub({ repo: 'acme/widgets' });

  it('creates once, then updates the same comment in place', async () => {
    const octokit = createOctokit({ token: 't', baseUrl: github().url });
    const issue = github().state.addIssue('acme/widgets', { title: 'PR-ish' });
    // 120 other comments so that ours sits on the second page.
    for (let i = 0; i < 120; i++)
      github().state.addComment('acme/widgets', issue.number, `chatter ${i}`);
    const first = await upsertStickyComment(octokit, {
      owner: 'acme',
      repo: 'widgets',
      issueNumber: issue.number,
      marker: 'risk-gate',
      body: 'score 10',
    });
    const second = await upsertStickyComment(octokit, {
      owner: 'acme',
      repo: 'widgets',
      issueNumber: issue.number,
      marker: 'risk-gate',
      body: 'score 80',
    });
    const other = await upsertStickyComment(octokit, {
      owner: 'acme',
      repo: 'widgets',
      issueNumber: issue.number,
      marker: 'diagnose',
      body: 'why',
    });
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ id: first.id, created: false });
    expect(other.created).toBe(true);
    expect(second.url).toContain(`#issuecomment-${first.id}`);
    const comments = [...github().state.repo('acme', 'widgets')!.comments.values()];
    expect(comments).toHaveLength(122);
    expect(comments.find((c) => c.id === first.id)!.body).toBe(
      '<!-- kintsugi:risk-gate -->\nscore 80',
    );
  });

  it('caps the body at 65,536 characters with a truncation note', async () => {
    const octokit = createOctokit({ token: 't', baseUrl: github().url });
    const issue = github().state.addIssue('acme/widgets', { title: 'big' });
    const result = await upsertStickyComment(octokit, {
      owner: 'acme',
      repo: 'widgets',
      issueNumber: issue.number,
      marker: 'diagnose',
      body: 'x'.repeat(100_000),
    });
    const stored = github().state.repo('acme', 'widgets')!.comments.get(result.id)!.body;
    expect(stored.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(stored).toMatch(/truncated: 100,000 characters/);
    expect(stickyBody('m', 'short')).toBe('<!-- kintsugi:m -->\nshort');
    expect(stickyBody('m', '😀'.repeat(40_000)).length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(stickyBody('m', '😀'.repeat(40_000))).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('refuses a marker that could break out of the HTML comment', () => {
    expect(() => stickyBody('x -->', 'b')).toThrow(/may only hold/);
  });
});
