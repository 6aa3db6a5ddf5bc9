import type { Attempt, FlakyReport, FlakyTest } from './report.js';

/**
 * One JUnit XML for the whole run, in surefire's re-run vocabulary so that JUnit-reading tools
 * (mikepenz/action-junit-report, dorny/test-reporter, Jenkins) understand it: a flaky test passes
 * and carries one `<flakyFailure>` per failed attempt; a real failure is a `<failure>` with
 * `<rerunFailure>` for each failed re-run; a quarantined one is skipped, its failures in system-out.
 */
export function mergedJunitXml(report: FlakyReport): string {
  const suites = new Map<string, FlakyTest[]>();
  for (const test of report.tests) {
    const name = test.classname || test.file || report.framework;
    suites.set(name, [...(suites.get(name) ?? []), test]);
  }
  const body = [...suites].map(([name, tests]) => suiteXml(name, tests)).join('\n');
  const count = (status: string) => report.tests.filter((t) => t.status === status).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="kintsugi flaky-rerun (${escapeXml(report.framework)})" tests="${report.tests.length}" failures="${count('failed')}" errors="0" skipped="${count('skipped') + count('quarantined')}" flaky="${count('flaky')}" time="${report.summary.seconds}">`,
    body,
    '</testsuites>',
    '',
  ].join('\n');
}

function suiteXml(name: string, tests: FlakyTest[]): string {
  const failures = tests.filter((t) => t.status === 'failed').length;
  const skipped = tests.filter((t) => t.status === 'skipped' || t.status === 'quarantined').length;
  const time = tests.reduce((sum, t) => sum + (t.attempts[0]?.seconds ?? 0), 0);
  return [
    `  <testsuite name="${escapeXml(name)}" tests="${tests.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time.toFixed(3)}">`,
    ...tests.map(testcaseXml),
    '  </testsuite>',
  ].join('\n');
}

function testcaseXml(test: FlakyTest): string {
  const last = test.attempts[test.attempts.length - 1];
  const attrs = [
    `name="${escapeXml(test.name)}"`,
    `classname="${escapeXml(test.classname)}"`,
    ...(test.file ? [`file="${escapeXml(test.file)}"`] : []),
    ...(test.line ? [`line="${test.line}"`] : []),
    `time="${(last?.seconds ?? 0).toFixed(3)}"`,
  ].join(' ');
  const failed = test.attempts.filter((a) => a.status === 'failed');
  const children: string[] = [];
  if (test.status === 'flaky') children.push(...failed.map((a) => failureXml('flakyFailure', a)));
  else if (test.status === 'failed') {
    children.push(
      failureXml('failure', failed[0]!),
      ...failed.slice(1).map((a) => failureXml('rerunFailure', a)),
    );
  } else if (test.status === 'quarantined') {
    children.push(
      `      <skipped message="quarantined: ${escapeXml(test.verdict)} (${failed.length} of ${test.attempts.length} attempts failed)"/>`,
    );
    // Kept as output, not as failure elements: readers must see a skip, not a failure.
    const messages = failed
      .map((a) => `attempt ${a.run ?? 0}: ${a.message ?? 'failed'}`)
      .join('\n');
    children.push(`      <system-out>${escapeXml(messages)}</system-out>`);
  } else if (test.status === 'skipped') children.push('      <skipped/>');
  if (test.signature) {
    children.push(
      `      <properties><property name="kintsugi.signature" value="${escapeXml(test.signature.kind)}"/></properties>`,
    );
  }
  return children.length === 0
    ? `    <testcase ${attrs}/>`
    : [`    <testcase ${attrs}>`, ...children, '    </testcase>'].join('\n');
}

function failureXml(element: string, attempt: Attempt): string {
  const message = attempt.message ?? 'failed';
  const run =
    attempt.run === undefined || attempt.run === 0 ? 'the suite run' : `re-run ${attempt.run}`;
  return `      <${element} message="${escapeXml(message)}" type="${attempt.timedOut ? 'timeout' : 'failure'}" time="${attempt.seconds.toFixed(3)}"><stackTrace>${escapeXml(`${message} (${run})`)}</stackTrace></${element}>`;
}

/** XML 1.0 text: the five entities, and control characters (illegal in XML) dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}
