import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { testReportCommand } from '../../src/cli/commands/test-report.js';

async function cli(args: string[], cwd: string) {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  const code = await testReportCommand(args, {
    stdout,
    stderr: new PassThrough(),
    stdin: new PassThrough(),
    env: {},
    cwd,
  });
  return { code, lines: out.split('\n').filter(Boolean) };
}

describe('kintsugi test-report', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kintsugi-test-report-'));
  writeFileSync(
    path.join(dir, 'ok.xml'),
    '<testsuite name="s"><testcase classname="A" name="t"><failure message="x"/></testcase><testcase classname="A" name="t"/><testcase classname="A" name="u"/></testsuite>',
  );
  writeFileSync(path.join(dir, 'empty.xml'), '');
  writeFileSync(path.join(dir, 'bad.json'), '{"testResults": [');

  it('prints counts per unique test, a repeat being an attempt; exit 0 when all read', async () => {
    const { code, lines } = await cli(['--format', 'json', 'ok.xml'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      file: 'ok.xml',
      format: 'junit',
      tests: 2,
      passed: 1,
      flaky: 1,
      failed: 0,
      errored: 0,
      skipped: 0,
      cases: [
        {
          name: 't',
          classname: 'A',
          status: 'flaky',
          attempts: [{ status: 'failed', message: 'x' }, { status: 'passed' }],
          message: 'x',
        },
        { name: 'u', status: 'passed' },
      ],
    });
  });

  it('gives {file, error} lines for empty, corrupt and missing files and exits 1', async () => {
    const { code, lines } = await cli(
      ['--format', 'json', 'empty.xml', 'bad.json', 'missing.xml', 'ok.xml'],
      dir,
    );
    expect(code).toBe(1);
    expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>)).toEqual([
      { file: 'empty.xml', error: 'empty.xml: the file is empty: no test results in it' },
      { file: 'bad.json', error: expect.stringMatching(/^bad\.json: malformed JSON: /) as unknown },
      { file: 'missing.xml', error: 'missing.xml: no such file' },
      expect.objectContaining({ file: 'ok.xml', tests: 2 }) as unknown,
    ]);
  });

  it('without files prints usage and exits 2', async () => {
    expect((await cli([], dir)).code).toBe(2);
  });
});
