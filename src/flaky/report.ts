import type { AuditRecord } from '../platform/report.js';
import type { AttemptStatus } from './classify.js';

export const FLAKY_SCHEMA_VERSION = 1 as const;

/** One execution of one test, as a result file or a re-run recorded it. */
export interface TestOutcome {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  /** Where the framework located a failure when it names files only for failures (node TAP): used
   *  to select the file on re-run, never part of the test's identity. */
  failureFile?: string;
  /** The enclosing suite path where it tells same-named tests apart (nested JUnit suites). */
  suite?: string;
  status: AttemptStatus;
  /** A failure raised as an error (JUnit `<error>`), not an assertion. */
  errored?: boolean;
  seconds: number;
  message?: string;
  /** Longer failure text (stack, captured output) for signatures; never printed whole. */
  details?: string;
}

export type CaseStatus = 'passed' | 'failed' | 'errored' | 'skipped' | 'flaky';

export interface Attempt {
  status: AttemptStatus;
  seconds: number;
  message?: string;
  /** 0 = the original run, 1.. = re-runs by flaky-rerun. */
  run?: number;
  /** True when the attempt ran on its own (only the failed tests), not inside the whole suite. */
  isolated?: boolean;
  timedOut?: boolean;
  /** The re-run's results did not mention the test at all (counted as a failure). */
  missing?: boolean;
}

/** One unique test of a result file: every execution of it is an attempt. */
export interface TestCaseResult {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  status: CaseStatus;
  attempts: Attempt[];
  message?: string;
}

/** A result file read into unique tests. */
export interface ParsedReport {
  format: string;
  cases: TestCaseResult[];
}

export type SignatureKind =
  'timing' | 'order-dependence' | 'network' | 'resource' | 'randomness' | 'concurrency' | 'unknown';

/** Why a test looks flaky (or how a real failure failed): a kind and the evidence for it. */
export interface FailureSignature {
  kind: SignatureKind;
  evidence: string[];
}

export type FlakyTestStatus = 'passed' | 'flaky' | 'failed' | 'quarantined' | 'skipped';

export interface FlakyTest {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  status: FlakyTestStatus;
  /** What the attempts alone say, before quarantine. */
  verdict: 'passed' | 'flaky' | 'failed' | 'skipped';
  attempts: Attempt[];
  signature: FailureSignature | null;
}

/** passed: nothing failed; flaky: only flaky (or quarantined) failures; failed: real failures;
 *  broken: more failures than max-failures, nothing re-run. */
export type RunVerdict = 'passed' | 'flaky' | 'failed' | 'broken';

export interface FlakyReport {
  schemaVersion: typeof FLAKY_SCHEMA_VERSION;
  framework: string;
  verdict: RunVerdict;
  /** Why the run is broken (mass failure, suite did not run), in words. */
  reason?: string;
  summary: {
    tests: number;
    passed: number;
    failed: number;
    flaky: number;
    skipped: number;
    quarantined: number;
    /** Re-run processes started. */
    reruns: number;
    seconds: number;
  };
  tests: FlakyTest[];
  audit: AuditRecord;
}
