import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FlakyReport, FlakyTest } from '../../src/flaky/report.js';
import { rerunFailedTests } from '../../src/flaky/rerun.js';
import { silentLogger } from '../../src/platform/logger.js';
import { FIXTURES, fixtureRunner, hasProgram, runCounts, tempDir, warnSkip } from './support.js';

/**
 * Real vitest / jest / pytest / go test / cargo test on the fixture projects: one run each, shared by
 * the assertions. The counter files prove which tests ran how often: passing tests once (only the
 * suite), flaky ones twice (suite + first re-run), the real failure 1 + reruns times.
 */
interface FrameworkCase {
  framework: string;
  dir: string;
  command: string;
  prefix: string;
  available: () => boolean;
  why: string;
  expected: {
    flaky: string[];
    failed: string[];
    counts: Record<string, number>;
    signatures: Record<string, string>;
  };
  env?: (work: string) => Record<string, string>;
}

const CASES: FrameworkCase[] = [
  {
    framework: 'vitest',
    dir: 'vitest',
    command: 'npx vitest run',
    prefix: 'vitest',
    available: () => true,
    why: '',
    expected: {
      flaky: [
        'math (edge) [cases] flaky: "first" attempt fails $only',
        'network flake | ECONNRESET',
      ],
      failed: ['math (edge) [cases] always fails'],
      counts: { math_adds: 1, math_flaky: 2, other_network: 2, math_always: 4 },
      signatures: {
        'network flake | ECONNRESET': 'network',
        'math (edge) [cases] flaky: "first" attempt fails $only': 'order-dependence',
      },
    },
  },
  {
    framework: 'jest',
    dir: 'jest',
    command: 'npm test',
    prefix: 'jest',
    available: () => true,
    why: '',
    expected: {
      flaky: ["cart's total (with tax) +vat flaky: times out once? [retry]"],
      failed: ["cart's total (with tax) +vat always fails 1 + 2"],
      counts: { cart_sums: 1, cart_flaky: 2, cart_always: 4 },
      signatures: { "cart's total (with tax) +vat flaky: times out once? [retry]": 'timing' },
    },
  },
  {
    framework: 'pytest',
    dir: 'pytest',
    command: 'python3 -m pytest',
    prefix: 'pytest',
    available: () => hasProgram('python3', ['-m', 'pytest', '--version']),
    why: 'pytest is not installed (Debian package python3-pytest)',
    expected: {
      flaky: ['test_flaky_param[a-b]'],
      failed: ['test_always_fails'],
      counts: { sums: 1, flaky_param_a_b: 2 },
      signatures: { test_always_fails: 'randomness' },
    },
  },
  {
    framework: 'go',
    dir: 'go',
    command: 'go test ./...',
    prefix: 'go',
    available: () => hasProgram('go', ['version']),
    why: 'go is not installed (Debian package golang-go)',
    expected: {
      flaky: ['TestTable/flaky_[once]', 'TestFlakyTop'],
      failed: ['TestAlwaysFails'],
      counts: { TestAdd: 1, TestFlakyTop: 2, TestTable_flaky__once_: 2 },
      signatures: { 'TestTable/flaky_[once]': 'network' },
    },
    env: (work) => ({
      GOFLAGS: '-mod=mod',
      GOPROXY: 'off',
      GOTOOLCHAIN: 'local',
      GOPATH: path.join(work, 'gopath'),
    }),
  },
  {
    framework: 'cargo',
    dir: 'cargo',
    command: 'cargo test --offline',
    prefix: 'cargo',
    available: () => hasProgram('cargo', ['--version']),
    why: 'cargo is not installed',
    expected: {
      flaky: ['tests::flaky_once', 'tests::nested::flaky_nested'],
      failed: ['tests::always_fails'],
      counts: { adds: 1, flaky_once: 2, flaky_nested: 2 },
      signatures: { 'tests::nested::flaky_nested': 'resource', 'tests::always_fails': 'unknown' },
    },
    env: (work) => ({ CARGO_TARGET_DIR: path.join(work, 'target'), CARGO_NET_OFFLINE: 'true' }),
  },
];

const names = (tests: FlakyTest[], status: string) =>
  tests
    .filter((t) => t.status === status)
    .map((t) => t.name)
    .sort();

for (const spec of CASES) {
  const available = spec.available();
  if (!available) warnSkip(`flaky-rerun integration with ${spec.framework}`, spec.why);
  describe.skipIf(!available)(`flaky-rerun on a real ${spec.framework} project`, () => {
    let report: FlakyReport;
    let commands: string[];
    let counters: string;
    beforeAll(async () => {
      counters = tempDir(`${spec.framework}-counters`);
      const work = tempDir(`${spec.framework}-work`);
      const recorded = fixtureRunner({ FLAKY_FIXTURE_DIR: counters, ...spec.env?.(work) });
      commands = recorded.commands;
      report = await rerunFailedTests({
        command: spec.command,
        framework: 'auto',
        cwd: path.join(FIXTURES, spec.dir),
        reruns: 3,
        timeoutMs: 180_000,
        maxFailures: { kind: 'percent', value: 90 },
        processRunner: recorded.runner,
        logger: silentLogger,
        tempDir: work,
      });
    }, 240_000);

    it('detects the framework and classifies flaky and real failures', () => {
      expect(report.framework).toBe(spec.framework);
      expect(names(report.tests, 'flaky')).toEqual([...spec.expected.flaky].sort());
      expect(names(report.tests, 'failed')).toEqual([...spec.expected.failed].sort());
      expect(report.verdict).toBe('failed');
      expect(report.summary.failed).toBe(spec.expected.failed.length);
    });

    it('re-ran only the failed tests, each attempt in a fresh process', () => {
      expect(runCounts(counters, spec.prefix)).toMatchObject(spec.expected.counts);
      const real = report.tests.find((t) => t.status === 'failed')!;
      expect(real.attempts.map((a) => a.status)).toEqual(['failed', 'failed', 'failed', 'failed']);
      // Every re-run attempt came from the framework's own report, not from "not found".
      for (const attempt of real.attempts.slice(1))
        expect(attempt.message ?? '').not.toMatch(/did not report/);
      expect(commands.length).toBe(1 + report.summary.reruns);
    });

    it('attaches a signature with evidence to each flaky test', () => {
      for (const test of report.tests.filter((t) => t.status === 'flaky')) {
        expect(test.signature?.evidence.length, test.name).toBeGreaterThan(0);
        expect(test.attempts[0]!.status).toBe('failed');
        expect(test.attempts.at(-1)!.status).toBe('passed');
      }
      for (const [name, kind] of Object.entries(spec.expected.signatures)) {
        expect(report.tests.find((t) => t.name === name)?.signature?.kind, name).toBe(kind);
      }
    });
  });
}
