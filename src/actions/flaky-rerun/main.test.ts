import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { executeAction } from '../../platform/action.js';
import { localIO } from '../../platform/local-io.js';
import { silentLogger } from '../../platform/logger.js';
import type { EventLog } from '../../flaky/registry.js';
import type { FlakyReport } from '../../flaky/report.js';
import { run } from './main.js';

const SUREFIRE = `<?xml version="1.0"?>
<testsuite name="com.acme.CalcTest" tests="3">
  <testcase classname="com.acme.CalcTest" name="adds" time="0.1"/>
  <testcase classname="com.acme.CalcTest" name="divides" time="0.2"><flakyFailure message="connection reset"/></testcase>
  <testcase classname="com.acme.CalcTest" name="rounds" time="0.1"><failure message="expected 2 but was 3">trace</failure></testcase>
  <testcase classname="com.acme.CalcTest" name="parses" time="0.1"/>
</testsuite>`;

function setup(inputs: Record<string, string>) {
  const workspace = mkdtempSync(path.join(tmpdir(), 'kintsugi-flaky-main-'));
  writeFileSync(path.join(workspace, 'TEST-com.acme.CalcTest.xml'), SUREFIRE);
  const io = localIO('flaky-rerun', {
    inputs: { reports: '*.xml', framework: 'maven', reruns: '0', 'max-failures': '50%', ...inputs },
    env: {
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: workspace,
      GITHUB_REPOSITORY: 'acme/calc',
      GITHUB_SHA: 'abc123',
      GITHUB_RUN_ID: '7',
    },
    logger: silentLogger,
  });
  return { io, workspace };
}

function memoryLog(): EventLog & { appended: unknown[] } {
  const appended: { kind: string; at: string; data: unknown }[] = [];
  return {
    appended,
    appendEvent: async (kind, data) => appended.push({ kind, at: new Date().toISOString(), data }),
    readEvents: async <T>(kind?: string) =>
      appended.filter((e) => !kind || e.kind === kind) as { at: string; data: T }[],
  };
}

describe('flaky-rerun action', () => {
  it('reads reports, sets outputs, writes report + merged JUnit, annotates, fails on a real failure', async () => {
    const { io } = setup({});
    const outcome = await executeAction(run, io);
    expect(outcome.status).toBe('failure');
    expect(outcome.message).toMatch(/^1 real failure\(s\) .*: rounds$/);
    expect(JSON.parse(io.outputs['real-failures']!)).toEqual(['rounds']);
    expect(JSON.parse(io.outputs.flaky!)).toEqual(['divides']);
    const report = JSON.parse(readFileSync(io.outputs.report!, 'utf8')) as FlakyReport;
    expect(report.schemaVersion).toBe(1);
    expect(report.summary).toMatchObject({ tests: 4, passed: 2, failed: 1, flaky: 1, reruns: 0 });
    expect(report.audit).toMatchObject({
      action: 'flaky-rerun',
      repository: 'acme/calc',
      commit: 'abc123',
      outcome: 'failure',
    });
    expect(readFileSync(io.outputs.junit!, 'utf8')).toContain(
      '<flakyFailure message="connection reset"',
    );
    expect(io.summaries[0]).toContain('| rounds | failed | ❌ |');
    expect(io.annotations.map((a) => [a.level, a.title])).toEqual([
      ['error', 'rounds: failed all 1 attempts'],
      ['notice', 'divides: flaky (network)'],
    ]);
  });

  it('exit status follows fail-on: never passes, flaky fails on flaky alone, quarantine excuses', async () => {
    expect((await executeAction(run, setup({ 'fail-on': 'never' }).io)).status).toBe('success');
    const quarantined = await executeAction(
      run,
      setup({ quarantine: 'com.acme.CalcTest.rounds' }).io,
    );
    expect(quarantined.status).toBe('success');
    expect((quarantined.report as FlakyReport).tests.find((t) => t.name === 'rounds')?.status).toBe(
      'quarantined',
    );
    const flakyFails = await executeAction(
      run,
      setup({ quarantine: 'rounds', 'fail-on': 'flaky' }).io,
    );
    expect(flakyFails).toMatchObject({
      status: 'failure',
      message: '1 flaky test(s) and fail-on is flaky: divides',
    });
  });

  it('a mass failure above max-failures is broken and nothing is re-run', async () => {
    const outcome = await executeAction(run, setup({ 'max-failures': '0', reruns: '3' }).io);
    expect(outcome.status).toBe('failure');
    expect(outcome.message).toBe(
      '1 of 4 tests failed, above max-failures 0: a mass failure is treated as broken, not flaky, and nothing was re-run',
    );
    expect((outcome.report as FlakyReport).summary.reruns).toBe(0);
  });

  it('registry: honours quarantine from the dashboard and appends this run as one event', async () => {
    const log = memoryLog();
    await log.appendEvent('flaky-quarantine', { test: 'rounds', quarantined: true });
    const { io } = setup({ registry: 'true', 'github-token': 'x' });
    const outcome = await run(io, { openRegistry: async () => log });
    expect(outcome.status).toBe('success');
    expect(log.appended).toHaveLength(2);
    expect(log.appended[1]).toMatchObject({
      kind: 'flaky-run',
      data: {
        commit: 'abc123',
        tests: [
          { name: 'divides', status: 'flaky', signature: 'network' },
          { name: 'rounds', status: 'failed' },
        ],
      },
    });
  });

  it('bad inputs name the input and what is accepted', async () => {
    const missing = await executeAction(run, setup({ reports: '' }).io);
    expect(missing.message).toBe('Input required and not supplied: command (or reports)');
    const badFailOn = await executeAction(run, setup({ 'fail-on': 'sometimes' }).io);
    expect(badFailOn.message).toBe('Input fail-on got "sometimes"; accepted: real | flaky | never');
    const none = await executeAction(run, setup({ reports: 'build/**/*.xml' }).io);
    expect(none.message).toMatch(
      /^Input reports got "build\/\*\*\/\*\.xml": no files match it in /,
    );
  });
});
