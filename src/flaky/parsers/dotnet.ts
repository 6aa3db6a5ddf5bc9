import type { AttemptStatus } from '../classify.js';
import type { TestOutcome } from '../report.js';
import { attr, children, parseXml, text, xmlRootName, type XmlNode } from './xml.js';
import { capText, firstLine, seconds, type ResultParser } from './types.js';

/** Visual Studio TRX (`dotnet test --logger trx`). */
export const trxParser: ResultParser = {
  id: 'trx',
  description: 'Visual Studio TRX (dotnet test --logger trx)',
  detect: (content) => xmlRootName(content) === 'TestRun',
  parse: (content, file) => {
    const run = children(parseXml(content, file), 'TestRun')[0] ?? {};
    const classOf = new Map<string, string>();
    for (const definitions of children(run, 'TestDefinitions')) {
      for (const unitTest of children(definitions, 'UnitTest')) {
        const method = children(unitTest, 'TestMethod')[0];
        const id = attr(unitTest, 'id');
        if (id && method) classOf.set(id, attr(method, 'className') ?? '');
      }
    }
    const outcomes: TestOutcome[] = [];
    for (const results of children(run, 'Results')) {
      for (const result of children(results, 'UnitTestResult')) {
        outcomes.push(trxOutcome(result, classOf));
      }
    }
    return outcomes;
  },
};

function trxOutcome(result: XmlNode, classOf: Map<string, string>): TestOutcome {
  const classname = classOf.get(attr(result, 'testId') ?? '') ?? '';
  let name = attr(result, 'testName') ?? '';
  if (classname && name.startsWith(`${classname}.`)) name = name.slice(classname.length + 1);
  const outcome = (attr(result, 'outcome') ?? '').toLowerCase();
  const status: AttemptStatus =
    outcome === 'passed'
      ? 'passed'
      : ['failed', 'error', 'timeout', 'aborted'].includes(outcome)
        ? 'failed'
        : 'skipped';
  const errorInfo = children(children(result, 'Output')[0], 'ErrorInfo')[0];
  const message = text(children(errorInfo, 'Message')[0]);
  const stack = text(children(errorInfo, 'StackTrace')[0]);
  const first = firstLine(message);
  const details = capText([message, stack].filter(Boolean).join('\n'));
  return {
    name,
    classname,
    status,
    ...(outcome === 'error' ? { errored: true } : {}),
    seconds: timeSpan(attr(result, 'duration')),
    ...(first ? { message: first } : {}),
    ...(details ? { details } : {}),
  };
}

/** `hh:mm:ss.fffffff` to seconds. */
function timeSpan(value: string | undefined): number {
  const match = /^(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(value ?? '');
  if (!match) return 0;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** NUnit 3 (`<test-run>`) and NUnit 2 (`<test-results>`) XML. */
export const nunitParser: ResultParser = {
  id: 'nunit',
  description: 'NUnit 2/3 XML',
  detect: (content) => {
    const root = xmlRootName(content);
    return root === 'test-run' || root === 'test-results';
  },
  parse: (content, file) => {
    const doc = parseXml(content, file);
    const outcomes: TestOutcome[] = [];
    for (const root of [...children(doc, 'test-run'), ...children(doc, 'test-results')])
      collectNunit(root, outcomes);
    return outcomes;
  },
};

function collectNunit(node: XmlNode, out: TestOutcome[]): void {
  for (const testCase of children(node, 'test-case')) out.push(nunitOutcome(testCase));
  for (const suite of children(node, 'test-suite')) collectNunit(suite, out);
  for (const results of children(node, 'results')) collectNunit(results, out);
}

function nunitOutcome(testCase: XmlNode): TestOutcome {
  const fullname = attr(testCase, 'fullname') ?? attr(testCase, 'name') ?? '';
  const methodname = attr(testCase, 'methodname') ?? attr(testCase, 'name') ?? fullname;
  let classname = attr(testCase, 'classname') ?? '';
  let name = methodname;
  if (!classname) {
    // NUnit 2 has only the full name: Namespace.Class.Method.
    const dot = fullname.lastIndexOf(
      '.',
      fullname.indexOf('(') >= 0 ? fullname.indexOf('(') : undefined,
    );
    classname = dot > 0 ? fullname.slice(0, dot) : '';
    name = dot > 0 ? fullname.slice(dot + 1) : fullname;
  } else if (fullname.startsWith(`${classname}.`)) {
    name = fullname.slice(classname.length + 1);
  }
  const result = (attr(testCase, 'result') ?? '').toLowerCase();
  const executed = attr(testCase, 'executed');
  const status: AttemptStatus =
    executed === 'False'
      ? 'skipped'
      : ['passed', 'success'].includes(result)
        ? 'passed'
        : ['failed', 'failure', 'error'].includes(result)
          ? 'failed'
          : 'skipped';
  const failure = children(testCase, 'failure')[0];
  const message = text(children(failure, 'message')[0]);
  const stack = text(children(failure, 'stack-trace')[0]);
  const first = firstLine(message);
  const details = capText([message, stack].filter(Boolean).join('\n'));
  return {
    name,
    classname,
    status,
    ...(attr(testCase, 'label') === 'Error' || result === 'error'
      ? { errored: status === 'failed' }
      : {}),
    seconds: seconds(attr(testCase, 'duration') ?? attr(testCase, 'time')),
    ...(first ? { message: first } : {}),
    ...(details ? { details } : {}),
  };
}
