import { completeDocument } from '../document.js';
import type { PolicyBundle } from './bundle.js';

export interface CaseResult {
  ruleId: string;
  kind: 'fire' | 'quiet';
  /** 1-based position in the rule's list. */
  index: number;
  passed: boolean;
  problem?: string;
}

export interface BundleTestReport {
  digest: string;
  rules: number;
  cases: CaseResult[];
  passed: number;
  failed: number;
}

/**
 * Runs every rule's own test cases: each `fire` document must make it fire, each `quiet` one must
 * not, and a rule must ship at least one of each. A case whose evaluation errors fails, even a
 * `fire` case: a rule that only "fires" by crashing has not been shown to work.
 */
export function testPolicyBundle(bundle: PolicyBundle): BundleTestReport {
  const cases: CaseResult[] = [];
  for (const rule of bundle.rules) {
    for (const kind of ['fire', 'quiet'] as const) {
      const documents = rule.tests[kind];
      if (documents.length === 0) {
        cases.push({
          ruleId: rule.id,
          kind,
          index: 0,
          passed: false,
          problem: `rule has no "${kind}" test case (${rule.source.file}:${rule.source.line})`,
        });
      }
      documents.forEach((partial, i) => {
        const result = rule.evaluate(completeDocument(partial));
        const want = kind === 'fire';
        if (!result.ok)
          cases.push({
            ruleId: rule.id,
            kind,
            index: i + 1,
            passed: false,
            problem: `evaluation failed: ${result.error}`,
          });
        else if (result.value !== want)
          cases.push({
            ruleId: rule.id,
            kind,
            index: i + 1,
            passed: false,
            problem: want
              ? 'expected the rule to fire; it stayed quiet'
              : 'expected the rule to stay quiet; it fired',
          });
        else cases.push({ ruleId: rule.id, kind, index: i + 1, passed: true });
      });
    }
  }
  const failed = cases.filter((c) => !c.passed).length;
  return {
    digest: bundle.digest,
    rules: bundle.rules.length,
    cases,
    passed: cases.length - failed,
    failed,
  };
}

export function formatTestReport(report: BundleTestReport): string {
  const lines = report.cases.map(
    (c) =>
      `${c.passed ? 'ok  ' : 'FAIL'} ${c.ruleId} ${c.kind}${c.index ? ` #${c.index}` : ''}${c.problem ? `: ${c.problem}` : ''}`,
  );
  lines.push(`${report.rules} rules, bundle sha256 ${report.digest}`);
  lines.push(`${report.passed} passed, ${report.failed} failed`);
  return `${lines.join('\n')}\n`;
}
