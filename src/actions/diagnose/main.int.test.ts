import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../../../test/support/fake-github.js';
import type { DiagnoseReport } from '../../diagnose/report.js';
import { executeAction } from '../../platform/action.js';
import { localIO } from '../../platform/local-io.js';
import { silentLogger } from '../../platform/logger.js';
import { run } from './main.js';

const T = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line, i) => `2024-05-01T10:00:${String(i).padStart(2, '0')}.1234567Z ${line.trim()}`)
    .join('\n') + '\n';

// Both runs print the same harmless error line first; only the baseline tells it is not the cause.
const SHARED = `##[group]Run npm ci
Error: optional native addon not found, using the JavaScript fallback
added 312 packages in 4s
##[endgroup]`;

const BUILD_PASS = T(`${SHARED}
##[group]Run npx tsc -p .
##[endgroup]`);
const BUILD_FAIL = T(`${SHARED}
##[group]Run npx tsc -p .
src/cart.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.
##[endgroup]
##[error]Process completed with exit code 2.`);
const TEST_PASS = T(`${SHARED}
##[group]Run npx vitest run
 Test Files  2 passed (2)
##[endgroup]`);
const TEST_FAIL = T(`${SHARED}
##[group]Run npx vitest run
 FAIL  src/cart.test.ts > cart > adds two items
AssertionError: expected 3 to be 4 // Object.is equality
 ❯ src/cart.test.ts:12:24
 Test Files  1 failed | 1 passed (2)
##[endgroup]
##[error]Process completed with exit code 1.`);

describe('diagnose on a failed run (fake GitHub)', () => {
  const github = useFakeGitHub({ repo: 'acme/widgets' });
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-diagnose-int-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function diagnoseRun(runId: number) {
    const eventPath = path.join(dir, 'event.json');
    await writeFile(eventPath, JSON.stringify({ pull_request: { number: 1 } }));
    const io = localIO('diagnose', {
      inputs: {
        'run-id': String(runId),
        'github-token': 't0ken',
        baseline: 'auto',
        comment: 'true',
      },
      env: {
        GITHUB_REPOSITORY: 'acme/widgets',
        GITHUB_API_URL: github().url,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_WORKSPACE: dir,
        RUNNER_TEMP: dir,
      },
      logger: silentLogger,
    });
    return { outcome: await executeAction(run, io), io };
  }

  it('downloads the failed jobs through the redirect, diffs them against the last passing run and keeps one sticky comment', async () => {
    const state = github().state;
    state.addCommit('acme/widgets', { branch: 'feature', files: { 'src/cart.ts': 'x' } });
    state.addPull('acme/widgets', { head: 'feature' });
    state.addWorkflowRun('acme/widgets', {
      headBranch: 'feature',
      conclusion: 'success',
      jobs: [
        { name: 'build', log: BUILD_PASS },
        { name: 'test', log: TEST_PASS },
      ],
    });
    const failed = state.addWorkflowRun('acme/widgets', {
      headBranch: 'feature',
      conclusion: 'failure',
      jobs: [
        { name: 'build', conclusion: 'failure', log: BUILD_FAIL },
        { name: 'test', conclusion: 'failure', log: TEST_FAIL },
        { name: 'lint', conclusion: 'success', log: 'all good\n' },
      ],
    });

    const first = await diagnoseRun(failed.id);
    expect(first.outcome.status).toBe('success');
    const report = first.outcome.report as DiagnoseReport;
    expect(report.schemaVersion).toBe(1);
    expect(report.jobs.map((j) => j.name).sort()).toEqual(['build', 'test']);
    expect(['type-check', 'test']).toContain(report.category);
    // The shared "Error: optional native addon" line is in the passing run: never a root cause.
    expect(report.excerpts.map((e) => e.text).join('\n')).not.toContain('optional native addon');
    expect(report.excerpts[0]!.text).toMatch(/error TS2322|FAIL {2}src\/cart\.test\.ts/);
    expect(report.failingTests.map((t) => t.name)).toContain('cart > adds two items');
    expect(report.locations).toContainEqual(
      expect.objectContaining({ file: 'src/cart.ts', line: 14, column: 7, tool: 'tsc' }),
    );
    const build = report.jobs.find((j) => j.name === 'build')!;
    expect(build.command).toBe('npx tsc -p .');

    const requests = github().requests.map(
      (r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`,
    );
    expect(requests.filter((r) => /\/actions\/jobs\/\d+\/logs 302$/.test(r))).toHaveLength(4);
    expect(requests.filter((r) => /\/_blobs\//.test(r))).toHaveLength(4);
    expect(
      requests.some((r) =>
        /GET \/repos\/acme\/widgets\/actions\/workflows\/ci\.yml\/runs 200/.test(r),
      ),
    ).toBe(true);

    const written = JSON.parse(await readFile(first.outcome.reportPath!, 'utf8')) as DiagnoseReport;
    expect(written.summary).toBe(report.summary);
    expect(first.io.outputs.category).toBe(report.category);
    expect(JSON.parse(first.io.outputs['failing-tests']!)).toEqual(report.failingTests);

    const comments = () => [...state.repo('acme', 'widgets')!.comments.values()];
    expect(comments()).toHaveLength(1);
    const id = comments()[0]!.id;
    expect(comments()[0]!.body).toContain('<!-- kintsugi:diagnose -->');

    const second = await diagnoseRun(failed.id);
    expect(second.outcome.status).toBe('success');
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.id).toBe(id);
  });

  it('says clearly that a run id does not exist', async () => {
    const { outcome } = await diagnoseRun(987654);
    expect(outcome.status).toBe('failure');
    expect(outcome.message).toMatch(/run-id: no workflow run 987654 in acme\/widgets/);
  });
});
