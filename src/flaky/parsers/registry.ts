import { groupOutcomes } from '../aggregate.js';
import type { ParsedReport } from '../report.js';
import { nunitParser, trxParser } from './dotnet.js';
import { dartJsonParser, goJsonParser, libtestParser } from './event-streams.js';
import { jestJsonParser, mochaJsonParser, rspecJsonParser } from './json-reports.js';
import { junitParser } from './junit.js';
import { tapParser } from './tap.js';
import { ReportFormatError, type ResultParser } from './types.js';

/** Every result format flaky-rerun reads, in the order detection tries them. */
export const RESULT_PARSERS: readonly ResultParser[] = [
  junitParser,
  trxParser,
  nunitParser,
  jestJsonParser,
  mochaJsonParser,
  rspecJsonParser,
  goJsonParser,
  dartJsonParser,
  libtestParser,
  tapParser,
];

export function findParser(id: string): ResultParser | undefined {
  return RESULT_PARSERS.find((parser) => parser.id === id);
}

/**
 * Read one result file into unique tests. Throws ReportFormatError, in words, for an empty file,
 * broken XML/JSON, a format no reader knows, or a report without a single test.
 */
export function parseReport(content: string, file: string, format?: string): ParsedReport {
  if (content.trim() === '')
    throw new ReportFormatError(file, 'the file is empty: no test results in it');
  const parser = format ? findParser(format) : RESULT_PARSERS.find((p) => p.detect(content, file));
  if (!parser) {
    throw new ReportFormatError(
      file,
      `not a test report format flaky-rerun reads (accepted: ${RESULT_PARSERS.map((p) => p.description).join('; ')})`,
    );
  }
  const cases = groupOutcomes(parser.parse(content, file));
  if (cases.length === 0) {
    throw new ReportFormatError(
      file,
      `a ${parser.description} report with no test cases in it (0 tests ran)`,
    );
  }
  return { format: parser.id, cases };
}

export { ReportFormatError };
