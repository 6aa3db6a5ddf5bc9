import { describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/github/octokit.js';
import { startFakeGitHub, useFakeGitHub } from './fake-github.js';

describe('fake GitHub validates every request against the OpenAPI description', () => {
  const github = useFakeGitHub({ repo: 'acme/widgets' });
  const client = () => createOctokit({ token: 'ghp_test', baseUrl: github().url, retries: 0 });

  it('rejects an issue without a title with 422 and records the violation', async () => {
    const octokit = client();
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/issues', {
        owner: 'acme',
        repo: 'widgets',
        body: 'no title',
      } as never), // deliberately missing `title`
    ).rejects.toMatchObject({ status: 422 });
    const violations = github().takeViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]!.route).toBe('POST /repos/{owner}/{repo}/issues');
    expect(violations[0]!.errors.join('\n')).toMatch(/title/);
    expect(github().state.repo('acme', 'widgets')!.issues.size).toBe(0);
  });

  it('rejects a query parameter of the wrong type with 400', async () => {
    const octokit = client();
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/issues', {
        owner: 'acme',
        repo: 'widgets',
        per_page: 'lots',
      } as never),
    ).rejects.toMatchObject({ status: 400 });
    const [violation] = github().takeViolations();
    expect(violation!.errors.join('\n')).toMatch(/per_page.*integer/);
  });

  it('rejects a route GitHub does not have with 404', async () => {
    await expect(
      client().request('GET /repos/{owner}/{repo}/no-such-thing', {
        owner: 'acme',
        repo: 'widgets',
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(github().takeViolations()[0]!.errors[0]).toMatch(/no route GET/);
  });

  it('rejects an unknown body property and a wrong enum value', async () => {
    const octokit = client();
    await expect(
      octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner: 'acme',
        repo: 'widgets',
        issue_number: 1,
        state: 'shut',
      } as never),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/issues', {
        owner: 'acme',
        repo: 'widgets',
        title: 't',
        issueNumber: 3,
      }),
    ).rejects.toMatchObject({ status: 422 });
    const errors = github()
      .takeViolations()
      .flatMap((v) => v.errors)
      .join('\n');
    expect(errors).toMatch(/state/);
    expect(errors).toMatch(/unknown property "issueNumber"/);
  });

  it('accepts valid requests and keeps state', async () => {
    const octokit = client();
    const { data: issue } = await octokit.rest.issues.create({
      owner: 'acme',
      repo: 'widgets',
      title: 'Broken',
      labels: ['bug'],
    });
    await octokit.rest.issues.createComment({
      owner: 'acme',
      repo: 'widgets',
      issue_number: issue.number,
      body: 'hi',
    });
    const { data } = await octokit.rest.issues.listForRepo({
      owner: 'acme',
      repo: 'widgets',
      labels: 'bug',
      per_page: 10,
    });
    expect(data.map((i) => i.title)).toEqual(['Broken']);
    expect(data[0]!.comments).toBe(1);
    expect(github().requests.map((r) => r.route)).toContain(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    );
  });

  it('close() fails when a violation was not taken', async () => {
    const server = await startFakeGitHub({ repo: 'acme/x' });
    await fetch(`${server.url}/repos/acme/x/issues`, {
      method: 'POST',
      headers: { authorization: 'token t', 'content-type': 'application/json' },
      body: '{}',
    });
    await expect(server.close()).rejects.toThrow(/1 request\(s\) violate/);
  });
});
