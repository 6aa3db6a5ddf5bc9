import { describe, expect, it } from 'vitest';
import type { DiagnoseReport } from '../../src/diagnose/report.js';
import type { FlakyReport, FlakyTest } from '../../src/flaky/report.js';
import { flakyAgainstFailedRun, selfHeal, type HealStages } from '../../src/heal/pipeline.js';
import { onlyFailingFiles } from '../../src/heal/stages.js';
import type { PatchReport } from '../../src/patch/report.js';
import { memoryLogger } from '../../src/platform/logger.js';
import type { RiskReport } from '../../src/risk/assess.js';

function diagnosis(overrides: Partial<DiagnoseReport> = {}): DiagnoseReport {
  return {
    schemaVersion: 1,
    category: 'lint',
    confidence: 0.8,
    summary: 'lint and a test failed',
    excerpts: [],
    failingTests: [
      { name: 'inventory > reserves stock before the checkout gives up', file: 'src/inv.test.ts' },
    ],
    locations: [],
    tools: ['eslint', 'vitest'],
    jobs: [
      { name: 'lint', category: 'lint', tools: ['eslint'], command: 'npm run lint' },
      { name: 'test', category: 'test', tools: ['vitest'], command: 'npm test' },
    ],
    llm: null,
    audit: {} as DiagnoseReport['audit'],
    ...overrides,
  };
}

function flakyReport(verdict: FlakyReport['verdict'], tests: Partial<FlakyTest>[]): FlakyReport {
  return {
    verdict,
    summary: { reruns: 2 },
    tests: tests.map((t) => ({ classname: 'src/inv.test.ts', attempts: [], ...t })),
  } as unknown as FlakyReport;
}

const patched = {
  outcome: 'patched',
  patched: true,
  message: 'patched 1 file(s)',
  patch: { files: ['src/cart.ts'], diff: '' },
} as unknown as PatchReport;

function stages(flaky: FlakyReport, seen: DiagnoseReport[]): HealStages {
  return {
    rerunFailingTests: async () => flaky,
    patch: async (d) => {
      seen.push(d);
      return patched;
    },
    assessRisk: async () =>
      ({
        score: 12,
        decision: 'approve',
        level: 'low',
        findings: [],
        blocked: false,
      }) as unknown as RiskReport,
  };
}

describe('flakyAgainstFailedRun', () => {
  it('calls a test flaky when the failed run failed it and it passes here, whatever the reporter joins names with', () => {
    const report = flakyReport('passed', [
      { name: 'inventory reserves stock before the checkout gives up', status: 'passed' },
      { name: 'cart totals', status: 'passed' },
    ]);
    expect(flakyAgainstFailedRun(diagnosis(), report)).toEqual([
      'inventory reserves stock before the checkout gives up',
    ]);
  });

  it('keeps the tests flaky-rerun itself found flaky, and never a test that still fails', () => {
    const report = flakyReport('failed', [
      { name: 'inventory > reserves stock before the checkout gives up', status: 'failed' },
      { name: 'cart totals', status: 'flaky' },
    ]);
    expect(flakyAgainstFailedRun(diagnosis(), report)).toEqual(['cart totals']);
  });
});

describe('selfHeal', () => {
  it('takes the flaky test job out and patches the rest', async () => {
    const seen: DiagnoseReport[] = [];
    const report = await selfHeal(
      diagnosis(),
      stages(
        flakyReport('passed', [
          { name: 'inventory reserves stock before the checkout gives up', status: 'passed' },
        ]),
        seen,
      ),
      memoryLogger(),
    );
    expect(report.outcome).toBe('healed');
    expect(report.patchedChecks).toEqual(['lint']);
    expect(seen[0]!.jobs.map((j) => j.name)).toEqual(['lint']);
    expect(seen[0]!.failingTests).toEqual([]);
    expect(report.risk?.score).toBe(12);
    expect(report.message).toMatch(/flaky, not patched: inventory/);
  });

  it('re-runs and reports a flaky-only failure without patching', async () => {
    const seen: DiagnoseReport[] = [];
    const only = diagnosis({ jobs: [{ name: 'test', category: 'test', tools: ['vitest'] }] });
    const report = await selfHeal(
      only,
      stages(flakyReport('flaky', [{ name: 'cart totals', status: 'flaky' }]), seen),
      memoryLogger(),
    );
    expect(report.outcome).toBe('flaky-only');
    expect(seen).toHaveLength(0);
    expect(report.flaky?.flaky).toEqual(['cart totals']);
  });

  it('hands a real test failure to patch with its failing tests', async () => {
    const seen: DiagnoseReport[] = [];
    const report = await selfHeal(
      diagnosis(),
      stages(
        flakyReport('failed', [
          { name: 'inventory > reserves stock before the checkout gives up', status: 'failed' },
        ]),
        seen,
      ),
      memoryLogger(),
    );
    expect(report.patchedChecks).toEqual(['lint', 'test']);
    expect(seen[0]!.failingTests).toHaveLength(1);
  });
});

describe('onlyFailingFiles', () => {
  it('narrows a vitest command to the failing files, after -- for npm scripts', () => {
    expect(onlyFailingFiles('npx vitest run', diagnosis(), process.cwd())).toBe(
      'npx vitest run src/inv.test.ts',
    );
  });

  it('leaves the command alone when no failing file is known or a path leaves the workspace', () => {
    expect(onlyFailingFiles('npx vitest run', diagnosis({ failingTests: [] }), '.')).toBe(
      'npx vitest run',
    );
    const outside = diagnosis({ failingTests: [{ name: 'x', file: '../etc/x.test.ts' }] });
    expect(onlyFailingFiles('npx vitest run', outside, '.')).toBe('npx vitest run');
  });
});

describe('the pipeline report', () => {
  it('names a failing test once when the report and the log both name it', async () => {
    const twice = diagnosis({
      failingTests: [
        { name: 'src/inv.test.ts.inventory > reserves stock', file: 'src/inv.test.ts' },
        { name: 'inventory > reserves stock', file: 'src/inv.test.ts' },
        { name: 'cart > totals', file: 'src/cart.test.ts' },
      ],
    });
    const report = await selfHeal(
      twice,
      stages(flakyReport('failed', [{ name: 'cart > totals', status: 'failed' }]), []),
      memoryLogger(),
    );
    expect(report.diagnosis.failingTests.map((t) => t.name)).toEqual([
      'src/inv.test.ts.inventory > reserves stock',
      'cart > totals',
    ]);
  });
});
