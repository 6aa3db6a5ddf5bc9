import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DiagnoseReport } from '../../diagnose/report.js';
import { executeAction } from '../../platform/action.js';
import { localIO } from '../../platform/local-io.js';
import { silentLogger } from '../../platform/logger.js';
import { run } from './main.js';

describe('diagnose action: bad input is a clear message naming it, never a crash', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-diagnose-bad-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function diagnose(inputs: Record<string, string>) {
    const io = localIO('diagnose', {
      inputs,
      env: { GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir },
      logger: silentLogger,
    });
    return { outcome: await executeAction(run, io), io };
  }

  it('neither logs nor run-id', async () => {
    const { outcome } = await diagnose({});
    expect(outcome.status).toBe('failure');
    expect(outcome.message).toMatch(/logs \(or run-id\)/);
  });

  it('a missing path', async () => {
    const { outcome } = await diagnose({ logs: 'no/such/build.log' });
    expect(outcome.status).toBe('failure');
    expect(outcome.message).toBe(
      'Input logs: no such file or directory: "no/such/build.log" (accepted: a log file, a directory of logs or a glob)',
    );
  });

  it('an empty directory', async () => {
    await mkdir(path.join(dir, 'logs'));
    const { outcome } = await diagnose({ logs: 'logs' });
    expect(outcome.status).toBe('failure');
    expect(outcome.message).toMatch(/directory "logs" holds no log files/);
  });

  it('a glob that matches nothing', async () => {
    const { outcome } = await diagnose({ logs: 'logs/**/*.txt' });
    expect(outcome.message).toMatch(/the glob "logs\/\*\*\/\*\.txt" matches no file/);
  });

  it('a binary file', async () => {
    await writeFile(
      path.join(dir, 'core.log'),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]),
    );
    const { outcome } = await diagnose({ logs: 'core.log' });
    expect(outcome.status).toBe('failure');
    expect(outcome.message).toBe(
      'Input logs: "core.log" is a binary file (NUL byte at offset 6), not a text log',
    );
  });

  it('a 0-byte log', async () => {
    await writeFile(path.join(dir, 'empty.log'), '');
    const { outcome } = await diagnose({ logs: 'empty.log' });
    expect(outcome.status).toBe('failure');
    expect(outcome.message).toBe(
      'Input logs: "empty.log" is empty (0 bytes); there is no log to diagnose',
    );
  });

  it('invalid UTF-8 is diagnosed anyway, with a note', async () => {
    const text = Buffer.concat([
      Buffer.from('compiling caf'),
      Buffer.from([0xe9, 0xff]),
      Buffer.from('\nsrc/main.c:3:5: error: expected ; before } token\n'),
    ]);
    await writeFile(path.join(dir, 'latin1.log'), text);
    const { outcome, io } = await diagnose({ logs: 'latin1.log' });
    expect(outcome.status).toBe('success');
    const report = outcome.report as DiagnoseReport;
    expect(report.category).toBe('compile');
    expect(report.excerpts[0]).toMatchObject({ startLine: 2, endLine: 2 });
    expect(io.summaries.join('\n')).toContain('latin1.log is not valid UTF-8');
  });

  it('failing tests come from JUnit reports when given, before what the log says', async () => {
    await writeFile(
      path.join(dir, 'test.log'),
      '[ERROR] Tests run: 2, Failures: 1, Errors: 0, Skipped: 0 <<< FAILURE! - in com.acme.CartTest\n',
    );
    await mkdir(path.join(dir, 'target', 'surefire-reports'), { recursive: true });
    await writeFile(
      path.join(dir, 'target', 'surefire-reports', 'TEST-com.acme.CartTest.xml'),
      '<?xml version="1.0"?><testsuite name="com.acme.CartTest" tests="2" failures="1"><testcase classname="com.acme.CartTest" name="empty" time="0.01"/><testcase classname="com.acme.CartTest" name="addsTwoItems" time="0.02"><failure message="expected: &lt;4&gt; but was: &lt;3&gt;">trace</failure></testcase></testsuite>',
    );
    const { outcome } = await diagnose({
      logs: 'test.log',
      'test-reports': 'target/surefire-reports/*.xml',
    });
    const report = outcome.report as DiagnoseReport;
    expect(report.failingTests[0]).toMatchObject({
      name: 'com.acme.CartTest.addsTwoItems',
      message: 'expected: <4> but was: <3>',
    });
    expect(report.category).toBe('test');
  });

  it('a run id that is not a number', async () => {
    const { outcome } = await diagnose({ 'run-id': 'latest' });
    expect(outcome.message).toMatch(/Input run-id got "latest"; accepted: a workflow run id/);
  });

  it('a run id without a token or repository', async () => {
    const { outcome } = await diagnose({ 'run-id': '42' });
    expect(outcome.message).toMatch(/run-id needs github-token and GITHUB_REPOSITORY/);
  });
});

describe('diagnose action on a log directory in the GitHub run-logs layout', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-diagnose-layout-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads job files, and step files for a job without one; writes outputs, summary and annotations', async () => {
    const logs = path.join(dir, 'logs');
    await mkdir(path.join(logs, 'lint'), { recursive: true });
    await writeFile(
      path.join(logs, '1_build.txt'),
      "2024-05-01T10:00:00.0000000Z ##[group]Run npx tsc\n2024-05-01T10:00:01.0000000Z src/a.ts(3,5): error TS2304: Cannot find name 'x'.\n",
    );
    await writeFile(
      path.join(logs, 'lint', '2_Run eslint.txt'),
      '\n/w/src/b.js\n  4:1  error  Unexpected var  no-var\n',
    );
    const io = localIO('diagnose', {
      inputs: { logs: 'logs', 'max-excerpt-lines': '5' },
      env: { GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir },
      logger: silentLogger,
    });
    const outcome = await executeAction(run, io);
    expect(outcome.status).toBe('success');
    const report = outcome.report as DiagnoseReport;
    expect(report.jobs).toEqual([
      expect.objectContaining({
        name: 'build',
        logFile: 'logs/1_build.txt',
        category: 'type-check',
        tools: ['tsc'],
      }),
      expect.objectContaining({
        name: 'lint',
        failedStep: 'Run eslint',
        category: 'lint',
        tools: ['eslint'],
      }),
    ]);
    expect(report.excerpts[0]).toMatchObject({
      file: 'logs/1_build.txt',
      startLine: 2,
      endLine: 2,
    });
    expect(io.outputs.category).toBe('type-check');
    expect(io.annotations[0]).toMatchObject({ file: 'src/a.ts', line: 3, column: 5 });
    expect(io.summaries[0]).toContain('error TS2304');
  });
});
