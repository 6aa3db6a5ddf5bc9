import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const DIFF = [
  'diff --git a/src/app.ts b/src/app.ts',
  '--- a/src/app.ts',
  '+++ b/src/app.ts',
  '@@ -1 +1,2 @@',
  ' export const a = 1;',
  "+describe.skip('payments', () => {});",
  '',
].join('\n');

describe('kintsugi risk-gate offline, on a diff file', () => {
  it('prints the report as JSON and writes the SARIF file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-risk-cli-'));
    await writeFile(path.join(dir, 'change.diff'), DIFF);
    const env = { PATH: process.env.PATH, RUNNER_TEMP: dir, GITHUB_WORKSPACE: dir };
    const { code, stdout } = await runCli(
      ['risk-gate', '--diff', 'change.diff', '--sarif', 'out/risk.sarif', '--format', 'json'],
      { env, cwd: dir },
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      score: number;
      decision: string;
      findings: { ruleId: string }[];
      signals: { codeql: string };
    };
    expect(report).toMatchObject({ score: 7, decision: 'approve', signals: { codeql: 'unknown' } });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['static/skipped-test']);
    const sarif = JSON.parse(await readFile(path.join(dir, 'out/risk.sarif'), 'utf8')) as {
      version: string;
    };
    expect(sarif.version).toBe('2.1.0');
  });

  it('a diff file that does not exist is a clear error', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-risk-cli-'));
    const { code, stderr } = await runCli(['risk-gate', '--diff', 'missing.diff'], {
      env: { PATH: process.env.PATH, RUNNER_TEMP: dir, GITHUB_WORKSPACE: dir },
      cwd: dir,
    });
    expect(code).not.toBe(0);
    expect(stderr).toContain(
      `Input diff got "${path.join(dir, 'missing.diff')}"; accepted: a readable unified diff file (ENOENT)`,
    );
  });
});
