import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { countCases } from '../../flaky/aggregate.js';
import { parseReport, ReportFormatError } from '../../flaky/parsers/registry.js';
import { parseArgs } from '../args.js';
import type { CliCommand } from '../streams.js';

const USAGE = `usage: kintsugi test-report [--format json] [--parser ID] FILE...
Reads test result files (JUnit XML dialects, TRX, NUnit, jest/vitest/mocha/rspec JSON, go test -json,
dart JSON, cargo test output) and prints per file its counts per unique test; a re-run is an attempt.
Exit status 1 when any file cannot be read.
`;

/** One line per file: the counts and cases, or `{file, error}`; exit 1 if any file failed. */
export const testReportCommand: CliCommand = async (argv, streams) => {
  const { positionals, options, help, format } = parseArgs(argv);
  if (help || positionals.length === 0) {
    (help ? streams.stdout : streams.stderr).write(USAGE);
    return help ? 0 : 2;
  }
  let failures = 0;
  for (const file of positionals) {
    const line = await describeFile(file, streams.cwd, options.parser);
    if ('error' in line) failures++;
    if (format === 'json') streams.stdout.write(`${JSON.stringify(line)}\n`);
    else streams.stdout.write(`${textLine(line)}\n`);
  }
  return failures > 0 ? 1 : 0;
};

type FileLine = Record<string, unknown> & { file: string };

async function describeFile(file: string, cwd: string, parser?: string): Promise<FileLine> {
  let content: string;
  try {
    content = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a result file'
          : (error as Error).message;
    return { file, error: `${file}: ${reason}` };
  }
  try {
    const report = parseReport(content, file, parser);
    const cases = report.cases.map((test) => ({
      name: test.name,
      classname: test.classname,
      file: test.file ?? null,
      status: test.status,
      attempts: test.attempts,
      message: test.message ?? null,
    }));
    return { file, format: report.format, ...countCases(report.cases), cases };
  } catch (error) {
    if (error instanceof ReportFormatError) return { file, error: error.message };
    throw error;
  }
}

function textLine(line: FileLine): string {
  if ('error' in line) return `error  ${String(line.error)}`;
  const { file, format, tests, passed, failed, errored, skipped, flaky } = line;
  return `${String(format).padEnd(10)} ${file}: ${String(tests)} tests, ${String(passed)} passed, ${String(failed)} failed, ${String(errored)} errored, ${String(skipped)} skipped, ${String(flaky)} flaky`;
}
