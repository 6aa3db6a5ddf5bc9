import picomatch from 'picomatch';
import type { AuditRecord } from '../platform/report.js';
import { classifyAttempts } from './classify.js';
import {
  FLAKY_SCHEMA_VERSION,
  type Attempt,
  type FlakyReport,
  type FlakyTest,
  type RunVerdict,
} from './report.js';
import type { TestRef } from './runners/types.js';
import { failureSignature, median } from './signature.js';

export interface TrackedTest {
  ref: TestRef;
  attempts: Attempt[];
  failureTexts: string[];
}

export interface ReportInput {
  framework: string;
  started: number;
  tests: readonly TrackedTest[];
  reruns: number;
  broken?: string;
  quarantine?: readonly string[];
  audit?: Partial<AuditRecord>;
}

/** Quarantine entries match a test's name, `classname.name`, or `file::name`; globs allowed. */
export function isQuarantined(test: TestRef, quarantine: readonly string[] = []): boolean {
  if (quarantine.length === 0) return false;
  const candidates = [
    test.name,
    `${test.classname}.${test.name}`,
    `${test.classname} ${test.name}`,
    ...(test.file ? [`${test.file}::${test.name}`] : []),
  ];
  return quarantine.some((entry) => {
    const match = picomatch(entry, { dot: true, bash: true });
    return candidates.some((candidate) => candidate === entry || match(candidate));
  });
}

export function buildReport(input: ReportInput): FlakyReport {
  const suiteMedian = median(
    input.tests.flatMap((t) =>
      t.attempts.filter((a) => a.status === 'passed' && a.run === 0).map((a) => a.seconds),
    ),
  );
  const tests: FlakyTest[] = input.tests.map((tracked) => {
    const verdict = classifyAttempts(tracked.attempts.map((a) => a.status));
    const quarantined =
      (verdict === 'failed' || verdict === 'flaky') && isQuarantined(tracked.ref, input.quarantine);
    const signature =
      verdict === 'failed' || verdict === 'flaky'
        ? failureSignature({
            attempts: tracked.attempts,
            failureTexts: tracked.failureTexts,
            suiteMedianSeconds: suiteMedian,
          })
        : null;
    return {
      ...tracked.ref,
      status: quarantined ? 'quarantined' : verdict,
      verdict,
      attempts: tracked.attempts,
      signature,
    };
  });
  const count = (status: FlakyTest['status']) => tests.filter((t) => t.status === status).length;
  const summary = {
    tests: tests.length,
    passed: count('passed'),
    failed: count('failed'),
    flaky: count('flaky'),
    skipped: count('skipped'),
    quarantined: count('quarantined'),
    reruns: input.reruns,
    seconds: Number(((Date.now() - input.started) / 1000).toFixed(3)),
  };
  const verdict: RunVerdict = input.broken
    ? 'broken'
    : summary.failed > 0
      ? 'failed'
      : summary.flaky + summary.quarantined > 0
        ? 'flaky'
        : 'passed';
  // Interesting tests first: real failures, then flaky, quarantined; the rest keep their order.
  const rank: Record<FlakyTest['status'], number> = {
    failed: 0,
    flaky: 1,
    quarantined: 2,
    passed: 3,
    skipped: 4,
  };
  tests.sort((a, b) => rank[a.status] - rank[b.status]);
  return {
    schemaVersion: FLAKY_SCHEMA_VERSION,
    framework: input.framework,
    verdict,
    ...(input.broken ? { reason: input.broken } : {}),
    summary,
    tests,
    audit: {
      time: new Date(input.started).toISOString(),
      action: 'flaky-rerun',
      tokensIn: 0,
      tokensOut: 0,
      estimatedCostUsd: 0,
      durationMs: Date.now() - input.started,
      outcome: verdict === 'passed' || verdict === 'flaky' ? 'success' : 'failure',
      links: [],
      ...input.audit,
    },
  };
}
