import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rerunFailedTests, type RerunOptions } from '../../src/flaky/rerun.js';
import { ConfigError } from '../../src/platform/errors.js';
import { silentLogger } from '../../src/platform/logger.js';
import { FIXTURES, fixtureRunner, tempDir } from './support.js';

function options(overrides: Partial<RerunOptions>): RerunOptions {
  const counters = tempDir('bad-counters');
  return {
    framework: 'auto',
    cwd: tempDir('bad-cwd'),
    reruns: 1,
    timeoutMs: 60_000,
    maxFailures: { kind: 'percent', value: 50 },
    processRunner: fixtureRunner({ FLAKY_FIXTURE_DIR: counters }).runner,
    logger: silentLogger,
    tempDir: tempDir('bad-work'),
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('flaky-rerun on bad input: each gives a clear message', () => {
  it('malformed XML in reports names the file and what is broken', async () => {
    const cwd = tempDir('malformed');
    writeFileSync(
      path.join(cwd, 'junit.xml'),
      '<testsuite name="s"><testcase name="a" classname="A">',
    );
    const error = await rejection(
      rerunFailedTests(options({ cwd, reports: ['*.xml'], framework: 'maven' })),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(
      /^Input reports: .*junit\.xml: malformed XML: the file ends before <testsuite>, <testcase> are closed/,
    );
  });

  it('no reports found says which pattern matched nothing, and where', async () => {
    const cwd = tempDir('noreports');
    const error = await rejection(
      rerunFailedTests(
        options({ cwd, reports: ['build/test-results/**/*.xml'], framework: 'gradle' }),
      ),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(
      'Input reports got "build/test-results/**/*.xml": no files match it in',
    );
  });

  it('a command that does not exist is a config error naming the command', async () => {
    const error = await rejection(
      rerunFailedTests(
        options({ command: 'definitely-not-a-test-runner run', framework: 'vitest' }),
      ),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(
      /^Input command "definitely-not-a-test-runner run" could not be started: the shell did not find the program \(exit 127\)/,
    );
  });

  it('a suite that hangs is killed at the timeout and the run is broken, saying so', async () => {
    const counters = tempDir('hang-counters');
    writeFileSync(path.join(counters, 'node-hang'), '1'); // the next run of the hanging test hangs
    const started = Date.now();
    const report = await rerunFailedTests(
      options({
        command: 'node --test hang.test.mjs',
        cwd: path.join(FIXTURES, 'node'),
        timeoutMs: 2500,
        processRunner: fixtureRunner({ FLAKY_FIXTURE_DIR: counters }).runner,
      }),
    );
    expect(report.verdict).toBe('broken');
    expect(report.reason).toMatch(
      /^the test command was killed at the timeout \(3s\): a test hangs or the suite is slower than the timeout/,
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(stillRunning('hang.test.mjs')).toBe(false);
  });

  it('a re-run that hangs is killed at the timeout: the test fails with a timing signature', async () => {
    const report = await rerunFailedTests(
      options({
        command: 'node --test hang.test.mjs',
        cwd: path.join(FIXTURES, 'node'),
        timeoutMs: 3000,
      }),
    );
    const hung = report.tests.find((t) => t.name === 'hangs after the first run')!;
    expect(hung.status).toBe('failed');
    expect(hung.attempts[1]).toMatchObject({
      status: 'failed',
      timedOut: true,
      message: 'killed at the timeout before reporting this test',
    });
    expect(hung.signature?.kind).toBe('timing');
    expect(hung.signature?.evidence[0]).toMatch(/^killed at the timeout after \d+\.\ds$/);
    expect(report.tests.find((t) => t.name === 'passes')?.status).toBe('passed');
    expect(stillRunning('hang.test.mjs')).toBe(false);
  });

  it('node:test: a flaky test in a describe is re-run by its name pattern (TAP keeps skips honest)', async () => {
    const report = await rerunFailedTests(
      options({ command: 'node --test flaky.test.mjs', cwd: path.join(FIXTURES, 'node') }),
    );
    expect(report.framework).toBe('node');
    const flaky = report.tests.find((t) => t.name === 'queue (fifo) flaky: drains * once')!;
    expect(flaky.status).toBe('flaky');
    expect(flaky.signature?.kind).toBe('concurrency');
    expect(report.verdict).toBe('flaky');
  });
});

/** Is any process whose command line mentions this still alive? (read-only check) */
function stillRunning(marker: string): boolean {
  try {
    return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .some((line) => line.includes(marker) && !line.includes('ps -eo'));
  } catch {
    return false;
  }
}
