import { findReportFiles, readOutcomesFromFile } from '../flaky/report-files.js';
import type { FailingTest } from './report.js';

/**
 * Failing tests from JUnit XML / JSON reports (flaky-rerun's readers: JUnit, TRX, jest, mocha,
 * rspec, go, TAP...). A report that cannot be read is warned about and skipped: the log still speaks.
 */
export async function analyseTestReports(
  patterns: readonly string[],
  cwd: string,
  warn: (message: string) => void,
): Promise<FailingTest[]> {
  if (patterns.length === 0) return [];
  const files = await findReportFiles(patterns, cwd);
  if (files.length === 0) warn(`test-reports: no file matches ${patterns.join(', ')}`);
  const failing: FailingTest[] = [];
  for (const file of files) {
    try {
      for (const outcome of await readOutcomesFromFile(file)) {
        if (outcome.status !== 'failed') continue;
        const name =
          outcome.classname && !outcome.name.startsWith(outcome.classname)
            ? `${outcome.classname}.${outcome.name}`
            : outcome.name;
        failing.push({
          name,
          ...(outcome.file ? { file: outcome.file } : {}),
          ...(outcome.line ? { line: outcome.line } : {}),
          ...(outcome.message ? { message: outcome.message.slice(0, 500) } : {}),
        });
      }
    } catch (error) {
      warn(`test-reports: ${(error as Error).message}`);
    }
  }
  return failing;
}
