import type { AttemptStatus } from '../classify.js';
import type { TestOutcome } from '../report.js';
import { asArray, capText, firstLine, ReportFormatError, type ResultParser } from './types.js';

type Json = Record<string, unknown>;

function parseJsonObject(content: string, file: string): Json {
  try {
    const value: unknown = JSON.parse(content);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Json;
  } catch (error) {
    throw new ReportFormatError(file, `malformed JSON: ${(error as Error).message}`);
  }
  throw new ReportFormatError(file, 'expected a JSON object at the top level');
}

function looksLikeJson(content: string, ...keys: string[]): boolean {
  const head = content.trimStart();
  if (!head.startsWith('{')) return false;
  const prefix = head.slice(0, 4000);
  return (
    keys.every((key) => prefix.includes(`"${key}"`)) ||
    keys.every((key) => head.includes(`"${key}"`))
  );
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function outcome(fields: Omit<TestOutcome, 'message' | 'details'>, failure?: string): TestOutcome {
  const message = firstLine(stripAnsi(failure ?? ''));
  const details = capText(stripAnsi(failure ?? ''));
  return { ...fields, ...(message ? { message } : {}), ...(details ? { details } : {}) };
}

export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** jest `--json` and vitest `--reporter=json` (the same jest-compatible shape). */
export const jestJsonParser: ResultParser = {
  id: 'jest-json',
  description: 'jest --json / vitest --reporter=json',
  detect: (content) => looksLikeJson(content, 'testResults'),
  parse: (content, file) => {
    const report = parseJsonObject(content, file);
    const outcomes: TestOutcome[] = [];
    for (const suite of asArray(report.testResults as Json[])) {
      const path = str(suite.name) ?? str(suite.testFilePath) ?? '';
      const assertions = asArray(suite.assertionResults as Json[]);
      for (const test of assertions) {
        const ancestors = asArray(test.ancestorTitles as string[]);
        const title = str(test.title) ?? '';
        const state = str(test.status) ?? '';
        const status: AttemptStatus =
          state === 'passed' ? 'passed' : state === 'failed' ? 'failed' : 'skipped';
        const duration = typeof test.duration === 'number' ? test.duration / 1000 : 0;
        const loc = test.location as { line?: number } | null | undefined;
        outcomes.push(
          outcome(
            {
              name: str(test.fullName) ?? [...ancestors, title].join(' '),
              classname: ancestors.join(' '),
              file: path,
              ...(typeof loc?.line === 'number' ? { line: loc.line } : {}),
              status,
              seconds: duration,
            },
            asArray(test.failureMessages as string[]).join('\n'),
          ),
        );
      }
      // A file that failed to load has no tests but is a failure all the same.
      if (assertions.length === 0 && str(suite.status) === 'failed') {
        outcomes.push(
          outcome(
            {
              name: '(test file failed to run)',
              classname: '',
              file: path,
              status: 'failed',
              errored: true,
              seconds: 0,
            },
            str(suite.message),
          ),
        );
      }
    }
    return outcomes;
  },
};

/** mocha `--reporter json`. */
export const mochaJsonParser: ResultParser = {
  id: 'mocha-json',
  description: 'mocha --reporter json',
  detect: (content) => looksLikeJson(content, 'stats', 'passes', 'failures', 'pending'),
  parse: (content, file) => {
    const report = parseJsonObject(content, file);
    const key = (t: Json) => `${str(t.file) ?? ''}\u0000${str(t.fullTitle) ?? ''}`;
    const pending = new Set(asArray(report.pending as Json[]).map(key));
    const failed = new Map(asArray(report.failures as Json[]).map((t) => [key(t), t]));
    return asArray(report.tests as Json[]).map((test) => {
      const failure = failed.get(key(test));
      const err = (failure?.err ?? test.err) as Json | undefined;
      const status: AttemptStatus = pending.has(key(test))
        ? 'skipped'
        : failure || (err && Object.keys(err).length > 0)
          ? 'failed'
          : 'passed';
      const fullTitle = str(test.fullTitle) ?? str(test.title) ?? '';
      const title = str(test.title) ?? '';
      const classname = fullTitle.endsWith(title)
        ? fullTitle.slice(0, fullTitle.length - title.length).trim()
        : '';
      return outcome(
        {
          name: fullTitle,
          classname,
          ...(str(test.file) ? { file: str(test.file)! } : {}),
          status,
          seconds: (Number(test.duration) || 0) / 1000,
        },
        status === 'failed'
          ? [str(err?.message), str(err?.stack)].filter(Boolean).join('\n')
          : undefined,
      );
    });
  },
};

/** rspec `--format json`. */
export const rspecJsonParser: ResultParser = {
  id: 'rspec-json',
  description: 'rspec --format json',
  detect: (content) => looksLikeJson(content, 'examples', 'summary_line'),
  parse: (content, file) => {
    const report = parseJsonObject(content, file);
    return asArray(report.examples as Json[]).map((example) => {
      const state = str(example.status);
      const status: AttemptStatus =
        state === 'passed' ? 'passed' : state === 'failed' ? 'failed' : 'skipped';
      const exception = example.exception as Json | undefined;
      const description = str(example.description) ?? '';
      const full = str(example.full_description) ?? description;
      return outcome(
        {
          name: full,
          classname: full.endsWith(description)
            ? full.slice(0, full.length - description.length).trim()
            : '',
          ...(str(example.file_path) ? { file: str(example.file_path)! } : {}),
          ...(typeof example.line_number === 'number' ? { line: example.line_number } : {}),
          status,
          seconds: Number(example.run_time) || 0,
        },
        exception
          ? [str(exception.message), asArray(exception.backtrace as string[]).join('\n')]
              .filter(Boolean)
              .join('\n')
          : undefined,
      );
    });
  },
};
