import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.js';
import type { DiagnoseReport } from '../../diagnose/report.js';

describe('kintsugi diagnose FILE...', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-diagnose-cli-'));
    await writeFile(
      path.join(dir, 'lint.log'),
      '> eslint .\n\n/w/src/a.js\n  3:1  error  Unexpected var  no-var\n',
    );
    await writeFile(path.join(dir, 'pass.log'), 'Error: cache miss, restoring\nbuild ok\n');
    await writeFile(
      path.join(dir, 'build.log'),
      'Error: cache miss, restoring\nsrc/a.c:9:1: error: expected declaration\n',
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints one JSON report per file, in input order, with an error line for a bad file', async () => {
    const result = await runCli(
      [
        'diagnose',
        '--format',
        'json',
        '--baseline-logs',
        'pass.log',
        '--max-excerpt-lines',
        '5',
        'build.log',
        'missing.log',
        'lint.log',
      ],
      { cwd: dir, env: { PATH: process.env.PATH, RUNNER_TEMP: dir } },
    );
    expect(result.code).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as DiagnoseReport & { file?: string; error?: string });
    expect(lines).toHaveLength(3);
    expect(lines[0]!.category).toBe('compile');
    // The baseline's "Error: cache miss" line is not a cause.
    expect(lines[0]!.excerpts).toEqual([
      {
        file: 'build.log',
        startLine: 2,
        endLine: 2,
        text: 'src/a.c:9:1: error: expected declaration',
      },
    ]);
    expect(lines[1]).toEqual({
      file: 'missing.log',
      error:
        'Input logs: no such file or directory: "missing.log" (accepted: a log file, a directory of logs or a glob)',
    });
    expect(lines[2]!.category).toBe('lint');
    expect(lines[2]!.locations[0]).toMatchObject({
      file: '/w/src/a.js',
      line: 3,
      column: 1,
      tool: 'eslint',
    });
    expect(result.stderr).toContain('error: missing.log: Input logs: no such file');
  });
});
