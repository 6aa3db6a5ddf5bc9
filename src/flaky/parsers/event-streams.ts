import type { AttemptStatus } from '../classify.js';
import type { TestOutcome } from '../report.js';
import { stripAnsi } from './json-reports.js';
import { capText, firstLine, ReportFormatError, type ResultParser } from './types.js';

type Json = Record<string, unknown>;

/** Line-delimited JSON; a broken line names its number. Non-JSON lines (build chatter) are kept out. */
function jsonLines(content: string, file: string): Json[] {
  const events: Json[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line.startsWith('{')) continue;
    try {
      events.push(JSON.parse(line) as Json);
    } catch (error) {
      throw new ReportFormatError(
        file,
        `malformed JSON on line ${i + 1}: ${(error as Error).message}`,
      );
    }
  }
  return events;
}

function firstJsonLine(content: string): string {
  return content.trimStart().split(/\r?\n/, 1)[0] ?? '';
}

function failureFields(output: string): Pick<TestOutcome, 'message' | 'details'> {
  const clean = stripAnsi(output);
  const meaningful = clean
    .split(/\r?\n/)
    .filter((line) => !/^\s*(=== (RUN|PAUSE|CONT)|--- (FAIL|PASS|SKIP):)/.test(line))
    .join('\n');
  const message = firstLine(meaningful);
  const details = capText(meaningful);
  return { ...(message ? { message } : {}), ...(details ? { details } : {}) };
}

/** `go test -json` (test2json): one event per line; subtests are `Parent/sub`. */
export const goJsonParser: ResultParser = {
  id: 'go-json',
  description: 'go test -json',
  detect: (content) =>
    /^\{"(Time|Action)":/.test(firstJsonLine(content)) && content.includes('"Action"'),
  parse: (content, file) => {
    const outputs = new Map<string, string[]>();
    const outcomes: TestOutcome[] = [];
    const packagesWithTests = new Set<string>();
    for (const event of jsonLines(content, file)) {
      const pkg = typeof event.Package === 'string' ? event.Package : '';
      const test = typeof event.Test === 'string' ? event.Test : undefined;
      const key = `${pkg}\u0000${test ?? ''}`;
      const action = event.Action;
      if (action === 'output' && typeof event.Output === 'string') {
        const list = outputs.get(key) ?? [];
        list.push(event.Output);
        outputs.set(key, list);
        continue;
      }
      if (action !== 'pass' && action !== 'fail' && action !== 'skip') continue;
      if (test === undefined) {
        // A package that failed without any failing test did not build or crashed outside tests.
        if (action === 'fail' && !packagesWithTests.has(pkg)) {
          outcomes.push({
            name: '(package failed to build or run)',
            classname: pkg,
            status: 'failed',
            errored: true,
            seconds: Number(event.Elapsed) || 0,
            ...failureFields((outputs.get(key) ?? []).join('')),
          });
        }
        continue;
      }
      packagesWithTests.add(pkg);
      const status: AttemptStatus =
        action === 'pass' ? 'passed' : action === 'fail' ? 'failed' : 'skipped';
      outcomes.push({
        name: test,
        classname: pkg,
        status,
        seconds: Number(event.Elapsed) || 0,
        ...(status === 'failed' ? failureFields((outputs.get(key) ?? []).join('')) : {}),
      });
      outputs.delete(key);
    }
    return outcomes;
  },
};

/** `dart test --reporter json` / `flutter test --machine`: hidden (loading) tests are not tests. */
export const dartJsonParser: ResultParser = {
  id: 'dart-json',
  description: 'dart test --reporter json',
  detect: (content) => /^\{"protocolVersion":/.test(firstJsonLine(content)),
  parse: (content, file) => {
    const tests = new Map<
      number,
      { name: string; suite: string; line?: number; errors: string[] }
    >();
    const suites = new Map<number, string>();
    const outcomes: TestOutcome[] = [];
    for (const event of jsonLines(content, file)) {
      if (event.type === 'suite') {
        const suite = event.suite as Json;
        suites.set(Number(suite.id), String(suite.path ?? ''));
      } else if (event.type === 'testStart') {
        const test = event.test as Json;
        tests.set(Number(test.id), {
          name: String(test.name ?? ''),
          suite: suites.get(Number(test.suiteID)) ?? '',
          ...(typeof test.line === 'number' ? { line: test.line } : {}),
          errors: [],
        });
      } else if (event.type === 'error') {
        tests.get(Number(event.testID))?.errors.push(String(event.error ?? ''));
      } else if (event.type === 'testDone' && !event.hidden) {
        const test = tests.get(Number(event.testID));
        if (!test) continue;
        const status: AttemptStatus = event.skipped
          ? 'skipped'
          : event.result === 'success'
            ? 'passed'
            : 'failed';
        outcomes.push({
          name: test.name,
          classname: '',
          file: test.suite,
          ...(test.line !== undefined ? { line: test.line } : {}),
          status,
          ...(event.result === 'error' ? { errored: true } : {}),
          seconds: 0,
          ...(status === 'failed' ? failureFields(test.errors.join('\n')) : {}),
        });
      }
    }
    return outcomes;
  },
};

/** A panic's message and its left/right values, without the thread id that changes every run. */
function panicFields(output: string): Pick<TestOutcome, 'message' | 'details'> {
  const lines = output.split(/\r?\n/);
  const at = lines.findIndex((line) => /^thread '.*' .*panicked at /.test(line));
  if (at < 0) return failureFields(output);
  const inline = /panicked at '(.*)', /.exec(lines[at]!)?.[1];
  const rest = lines.slice(at + 1).map((line) => line.trim());
  const message = inline ?? rest.find((line) => line !== '' && !line.startsWith('note:'));
  const values = rest.filter((line) => /^(left|right):/.test(line));
  const details = capText(stripAnsi(output));
  return {
    ...(message ? { message: [message, ...values].join('; ') } : {}),
    ...(details ? { details } : {}),
  };
}

/** cargo test's own text output (libtest): `test path::name ... ok|FAILED|ignored`. */
export const libtestParser: ResultParser = {
  id: 'libtest',
  description: 'cargo test text output',
  detect: (content) =>
    /^running \d+ tests?$/m.test(content) && /^test .+ \.\.\. (ok|FAILED|ignored)/m.test(content),
  parse: (content) => {
    const failureOutput = new Map<string, string>();
    const sections = content.split(/^---- (.+?) stdout ----$/m);
    for (let i = 1; i + 1 < sections.length; i += 2) {
      failureOutput.set(
        sections[i]!,
        sections[i + 1]!.split(/^\s*(failures:|successes:)\s*$/m)[0] ?? '',
      );
    }
    const outcomes: TestOutcome[] = [];
    let binary = '';
    for (const line of content.split(/\r?\n/)) {
      const running = /^\s*Running (?:unittests )?(\S+)/.exec(line);
      if (running) binary = running[1]!;
      const match = /^test (.+?) \.\.\. (ok|FAILED|ignored)/.exec(line);
      if (!match) continue;
      const name = match[1]!.replace(/ - should panic$/, '');
      const status: AttemptStatus =
        match[2] === 'ok' ? 'passed' : match[2] === 'FAILED' ? 'failed' : 'skipped';
      outcomes.push({
        name,
        classname: binary,
        status,
        seconds: 0,
        ...(status === 'failed' ? panicFields(failureOutput.get(name) ?? '') : {}),
      });
    }
    return outcomes;
  },
};
