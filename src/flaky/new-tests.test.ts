import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../platform/logger.js';
import { inChangedFiles } from './new-tests.js';
import type { ProcessRunner } from './process.js';
import { rerunFailedTests } from './rerun.js';

/** A scripted vitest: writes the jest-compatible JSON the command asks for, from a list of rounds. */
function scriptedVitest(
  rounds: Record<string, 'passed' | 'failed'>[],
): ProcessRunner & { commands: string[] } {
  const commands: string[] = [];
  return {
    commands,
    run: async (request) => {
      commands.push(request.command);
      const round = rounds[commands.length - 1] ?? {};
      const file = /--outputFile(?:\.json)?=(\S+)/.exec(request.command)![1]!;
      const byFile = new Map<string, { name: string; status: string }[]>();
      for (const [key, status] of Object.entries(round)) {
        const [testFile, name] = key.split('::') as [string, string];
        byFile.set(testFile, [...(byFile.get(testFile) ?? []), { name, status }]);
      }
      const testResults = [...byFile].map(([name, tests]) => ({
        name: path.join(request.cwd, name),
        assertionResults: tests.map((t) => ({
          ancestorTitles: [],
          title: t.name,
          fullName: t.name,
          status: t.status,
          duration: 5,
          failureMessages: t.status === 'failed' ? ['AssertionError: expected 3 to be 4'] : [],
        })),
      }));
      writeFileSync(file, JSON.stringify({ numTotalTests: round.length, testResults }));
      return {
        exitCode: 0,
        signal: null,
        timedOut: false,
        notFound: false,
        stdout: '',
        stderr: '',
        seconds: 0.01,
      };
    },
  };
}

describe('detect-new-flakes', () => {
  it('runs only passing tests in changed files K more times; one failure makes them flaky', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'kintsugi-new-'));
    const runner = scriptedVitest([
      { 'a.test.ts::new test': 'passed', 'b.test.ts::old test': 'passed' },
      { 'a.test.ts::new test': 'passed' },
      { 'a.test.ts::new test': 'failed' },
      { 'a.test.ts::new test': 'passed' },
    ]);
    const report = await rerunFailedTests({
      command: 'npx vitest run',
      framework: 'vitest',
      cwd,
      reruns: 3,
      timeoutMs: 10_000,
      maxFailures: { kind: 'count', value: 5 },
      processRunner: runner,
      logger: silentLogger,
      tempDir: path.join(cwd, 'work'),
      newTests: { isNew: inChangedFiles(new Set(['a.test.ts']), cwd), runs: 3 },
    });
    expect(runner.commands).toHaveLength(4);
    for (const command of runner.commands.slice(1))
      expect(command).toContain("a.test.ts -t '^new test$'");
    const byName = Object.fromEntries(report.tests.map((t) => [t.name, t]));
    expect(byName['new test']!.status).toBe('flaky');
    expect(byName['new test']!.attempts.map((a) => a.status)).toEqual([
      'passed',
      'passed',
      'failed',
      'passed',
    ]);
    expect(byName['old test']!.attempts).toHaveLength(1);
    expect(report.summary).toMatchObject({ flaky: 1, passed: 1, reruns: 3 });
    expect(report.verdict).toBe('flaky');
  });

  it('stops with a clear error, not a flaky verdict, when the command vanishes between rounds', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'kintsugi-new-'));
    const scripted = scriptedVitest([{ 'a.test.ts::new test': 'passed' }]);
    // The suite runs; by the first extra round the program is gone (exit 127).
    const runner: ProcessRunner = {
      run: async (request) =>
        scripted.commands.length === 0
          ? scripted.run(request)
          : {
              exitCode: 127,
              signal: null,
              timedOut: false,
              notFound: true,
              stdout: '',
              stderr: 'sh: 1: npx: not found',
              seconds: 0.01,
            },
    };
    await expect(
      rerunFailedTests({
        command: 'npx vitest run',
        framework: 'vitest',
        cwd,
        reruns: 3,
        timeoutMs: 10_000,
        maxFailures: { kind: 'count', value: 5 },
        processRunner: runner,
        logger: silentLogger,
        tempDir: path.join(cwd, 'work'),
        newTests: { isNew: inChangedFiles(new Set(['a.test.ts']), cwd), runs: 3 },
      }),
    ).rejects.toThrow(
      /re-run command could not be started \(exit 127\): npx vitest run .*\n.*not found/,
    );
  });

  it('matches files relative to the working directory, absolute or not', () => {
    const isNew = inChangedFiles(new Set(['src/a.test.ts']), '/repo');
    expect(isNew({ name: 'x', classname: '', file: '/repo/src/a.test.ts' })).toBe(true);
    expect(isNew({ name: 'x', classname: '', file: './src/a.test.ts' })).toBe(true);
    expect(isNew({ name: 'x', classname: '', file: 'src/b.test.ts' })).toBe(false);
    expect(isNew({ name: 'x', classname: '' })).toBe(false);
  });
});
