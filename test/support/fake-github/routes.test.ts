import { describe, expect, it } from 'vitest';
import { createOctokit } from '../../../src/github/octokit.js';
import { useFakeGitHub } from '../fake-github.js';
import { routeIndex } from './openapi-compile.js';
import { ROUTES } from './server.js';

describe('fake GitHub routes', () => {
  const github = useFakeGitHub({ repo: 'acme/widgets' });
  const where = { owner: 'acme', repo: 'widgets' };
  const client = () => createOctokit({ token: 't', baseUrl: github().url, retries: 0 });

  it('every handler answers a route of GitHub’s description', () => {
    const described = new Set(
      routeIndex().flatMap(([t, methods]) => methods.map((m) => `${m} ${t}`)),
    );
    const unknown = Object.keys(ROUTES).filter((r) => !described.has(r));
    expect(unknown).toEqual([]);
  });

  it('contents, commits, statuses and check runs', async () => {
    const octokit = client();
    const commit = github().state.addCommit('acme/widgets', {
      files: { 'src/deep/a.ts': 'export {}\n' },
    });
    const { data: file } = await octokit.rest.repos.getContent({
      ...where,
      path: 'src/deep/a.ts',
      ref: 'main',
    });
    expect(Buffer.from((file as { content: string }).content, 'base64').toString()).toBe(
      'export {}\n',
    );
    const { data: dir } = await octokit.rest.repos.getContent({ ...where, path: 'src' });
    expect(dir).toEqual([{ type: 'dir', name: 'deep', path: 'src/deep' }]);
    await expect(octokit.rest.repos.getContent({ ...where, path: 'nope' })).rejects.toMatchObject({
      status: 404,
    });

    const { data: c } = await octokit.rest.repos.getCommit({ ...where, ref: 'main' });
    expect(c.sha).toBe(commit.sha);
    expect(c.commit.verification?.verified).toBe(false);

    await octokit.rest.repos.createCommitStatus({
      ...where,
      sha: commit.sha,
      state: 'failure',
      context: 'ci',
    });
    expect(
      (await octokit.rest.repos.getCombinedStatusForRef({ ...where, ref: 'main' })).data.state,
    ).toBe('failure');

    const { data: check } = await octokit.rest.checks.create({
      ...where,
      name: 'kintsugi',
      head_sha: commit.sha,
      status: 'in_progress',
    });
    await octokit.rest.checks.update({
      ...where,
      check_run_id: check.id,
      conclusion: 'success',
      output: { title: 'ok', summary: 'fine' },
    });
    const { data: checks } = await octokit.rest.checks.listForRef({ ...where, ref: commit.sha });
    expect(checks.check_runs.map((r) => [r.name, r.status, r.conclusion])).toEqual([
      ['kintsugi', 'completed', 'success'],
    ]);
  });

  it('labels, pagination and issue state', async () => {
    const octokit = client();
    for (let i = 0; i < 7; i++)
      github().state.addIssue('acme/widgets', { title: `i${i}`, labels: i % 2 ? ['odd'] : [] });
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { ...where, per_page: 2 });
    expect(all).toHaveLength(7);
    expect(
      github().requests.filter((r) => r.route === 'GET /repos/{owner}/{repo}/issues'),
    ).toHaveLength(4);
    await octokit.rest.issues.removeLabel({ ...where, issue_number: 2, name: 'odd' });
    await octokit.rest.issues.update({ ...where, issue_number: 4, state: 'closed' });
    const odd = await octokit.rest.issues.listForRepo({ ...where, labels: 'odd' });
    expect(odd.data.map((i) => i.number)).toEqual([6]);
    await octokit.rest.issues.createLabel({ ...where, name: 'kintsugi:pause', color: 'b60205' });
    expect(
      (await octokit.rest.issues.getLabel({ ...where, name: 'kintsugi:pause' })).data.color,
    ).toBe('b60205');
  });

  it('artifacts, deployments, variables, re-runs', async () => {
    const octokit = client();
    const run = github().state.addWorkflowRun('acme/widgets', {
      conclusion: 'failure',
      artifacts: [{ name: 'kintsugi-diagnose' }],
    });
    const { data: arts } = await octokit.rest.actions.listWorkflowRunArtifacts({
      ...where,
      run_id: run.id,
      name: 'kintsugi-diagnose',
    });
    expect(arts.artifacts.map((a) => a.name)).toEqual(['kintsugi-diagnose']);
    await octokit.rest.actions.reRunWorkflowFailedJobs({ ...where, run_id: run.id });
    expect(github().state.repo('acme', 'widgets')!.runs.get(run.id)).toMatchObject({
      runAttempt: 2,
      status: 'queued',
    });

    const { data: dep } = await octokit.rest.repos.createDeployment({
      ...where,
      ref: 'main',
      environment: 'staging',
      auto_merge: false,
    });
    await octokit.rest.repos.createDeploymentStatus({
      ...where,
      deployment_id: (dep as { id: number }).id,
      state: 'success',
    });
    expect(github().state.repo('acme', 'widgets')!.deployments[0]!.statuses[0]!.state).toBe(
      'success',
    );

    github().state.repo('acme', 'widgets')!.variables.set('KINTSUGI_PAUSED', 'true');
    expect(
      (await octokit.rest.actions.getRepoVariable({ ...where, name: 'KINTSUGI_PAUSED' })).data
        .value,
    ).toBe('true');
  });

  it('a described route without a handler is a violation, not a silent success', async () => {
    await expect(client().rest.repos.listForks(where)).rejects.toMatchObject({ status: 501 });
    expect(github().takeViolations()[0]!.errors[0]).toMatch(
      /no handler for GET \/repos\/\{owner\}\/\{repo\}\/forks/,
    );
  });

  it('an unknown token is refused when acceptAnyToken is off', async () => {
    const { startFakeGitHub } = await import('../fake-github.js');
    const strict = await startFakeGitHub({ acceptAnyToken: false, repo: 'acme/x' });
    strict.state.addUserToken('good');
    const ok = createOctokit({ token: 'good', baseUrl: strict.url });
    const bad = createOctokit({ token: 'bad', baseUrl: strict.url, retries: 0 });
    await ok.rest.repos.get({ owner: 'acme', repo: 'x' });
    await expect(bad.rest.repos.get({ owner: 'acme', repo: 'x' })).rejects.toMatchObject({
      status: 401,
    });
    await strict.close();
  });
});
