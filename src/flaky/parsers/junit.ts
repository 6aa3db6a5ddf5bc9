import type { TestOutcome } from '../report.js';
import { attr, children, parseXml, text, xmlRootName, type XmlNode } from './xml.js';
import { capText, firstLine, ReportFormatError, seconds, type ResultParser } from './types.js';

/**
 * JUnit XML in the dialects found in the wild: Ant/surefire (with `<flakyFailure>`/`<rerunFailure>`
 * for re-runs), jest-junit, pytest xunit1/xunit2, go-junit-report, cargo-nextest, phpunit (nested
 * suites), gtest (`status="disabled"`), catch2, nette tester, swift, cunit. A repeated testcase is
 * another attempt of the same test.
 */
export const junitParser: ResultParser = {
  id: 'junit',
  description: 'JUnit XML (surefire, jest-junit, pytest, go-junit-report, nextest, phpunit, ...)',
  detect: (content) => {
    const root = xmlRootName(content);
    return root === 'testsuites' || root === 'testsuite';
  },
  parse: (content, file) => {
    const doc = parseXml(content, file);
    const roots = [...children(doc, 'testsuites'), ...children(doc, 'testsuite')];
    if (roots.length === 0)
      throw new ReportFormatError(file, 'no <testsuites> or <testsuite> element');
    const outcomes: TestOutcome[] = [];
    for (const root of roots) collectSuite(root, {}, outcomes);
    return outcomes;
  },
};

interface SuiteContext {
  file?: string;
  suiteName?: string;
  suitePath?: string;
}

/** jest-junit and similar name the suite after the test file: that is the file to re-run. */
const TEST_FILE = /\.(m?[jt]sx?|py|rb|php|phpt|dart)$/;

function collectSuite(suite: XmlNode, outer: SuiteContext, out: TestOutcome[]): void {
  const name = attr(suite, 'name');
  const context: SuiteContext = {
    file:
      attr(suite, 'file') ??
      fileProperty(suite) ??
      outer.file ??
      (name && TEST_FILE.test(name) ? name : undefined),
    suiteName: name ?? outer.suiteName,
    suitePath: [outer.suitePath, name].filter(Boolean).join(' › '),
  };
  for (const testcase of children(suite, 'testcase')) out.push(...readTestcase(testcase, context));
  for (const nested of children(suite, 'testsuite')) collectSuite(nested, context, out);
}

/** web-test-runner names the file in a property, not an attribute. */
function fileProperty(suite: XmlNode): string | undefined {
  for (const properties of children(suite, 'properties')) {
    for (const property of children(properties, 'property')) {
      if (attr(property, 'name') === 'test.fileName') return attr(property, 'value');
    }
  }
  return undefined;
}

const RERUN_ELEMENTS = ['flakyFailure', 'flakyError', 'rerunFailure', 'rerunError'] as const;

function readTestcase(testcase: XmlNode, context: SuiteContext): TestOutcome[] {
  const name = attr(testcase, 'name') ?? '';
  const base = {
    name,
    classname: attr(testcase, 'classname') || attr(testcase, 'class') || context.suiteName || '',
    ...(context.suitePath ? { suite: context.suitePath } : {}),
    seconds: seconds(attr(testcase, 'time')),
  };
  const file = attr(testcase, 'file') ?? context.file;
  const line = Number.parseInt(attr(testcase, 'line') ?? '', 10);
  const where = {
    ...(file ? { file } : {}),
    ...(Number.isFinite(line) ? { line } : {}),
  };
  // surefire re-runs: each flaky/rerun element is an earlier failed attempt of this same testcase.
  const earlier: TestOutcome[] = [];
  for (const element of RERUN_ELEMENTS) {
    for (const failure of children(testcase, element)) {
      earlier.push({
        ...base,
        ...where,
        status: 'failed',
        errored: element.endsWith('Error'),
        seconds: seconds(attr(failure, 'time')),
        ...failureText(failure),
      });
    }
  }
  return [...earlier, { ...base, ...where, ...finalOutcome(testcase) }];
}

function finalOutcome(
  testcase: XmlNode,
): Pick<TestOutcome, 'status' | 'errored' | 'message' | 'details'> {
  const status = (attr(testcase, 'status') ?? attr(testcase, 'result') ?? '').toLowerCase();
  if (['disabled', 'notrun', 'skipped', 'suppressed'].includes(status))
    return { status: 'skipped' };
  const skipped = children(testcase, 'skipped');
  const failures = children(testcase, 'failure');
  const errors = children(testcase, 'error');
  if (failures.length > 0 || errors.length > 0) {
    const all = [...failures, ...errors].map(failureText);
    return {
      status: 'failed',
      errored: failures.length === 0,
      ...(all[0]?.message !== undefined ? { message: all[0].message } : {}),
      ...joinDetails(all),
    };
  }
  if (skipped.length > 0) {
    const message = firstLine(attr(skipped[0]!, 'message') ?? text(skipped[0]));
    return { status: 'skipped', ...(message ? { message } : {}) };
  }
  return { status: 'passed' };
}

function failureText(failure: XmlNode | string): { message?: string; details?: string } {
  if (typeof failure === 'string') {
    const message = firstLine(failure);
    const details = capText(failure);
    return { ...(message ? { message } : {}), ...(details ? { details } : {}) };
  }
  const body = text(failure) ?? text(children(failure, 'stackTrace')[0]) ?? '';
  const message =
    firstLine(attr(failure, 'message')) ?? firstLine(body) ?? firstLine(attr(failure, 'type'));
  const details = capText(body);
  return { ...(message ? { message } : {}), ...(details ? { details } : {}) };
}

function joinDetails(all: { details?: string }[]): { details?: string } {
  const details = all
    .map((a) => a.details)
    .filter((d): d is string => d !== undefined)
    .join('\n---\n');
  return details ? { details: capText(details)! } : {};
}
