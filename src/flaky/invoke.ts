import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../platform/logger.js';
import type { ProcessResult, ProcessRunner } from './process.js';
import type { TestOutcome } from './report.js';
import { findReportFiles, readOutcomes, readOutcomesFromFile } from './report-files.js';
import { ReportFormatError } from './parsers/types.js';
import type { Invocation } from './runners/types.js';

export interface InvocationResult {
  process: ProcessResult;
  outcomes: TestOutcome[];
  /** Why no results could be read, in words (missing file, broken XML...). */
  problem?: string;
}

export async function freshReportDir(tempDir: string, label: string): Promise<string> {
  await mkdir(tempDir, { recursive: true });
  return mkdtemp(path.join(tempDir, `${label}-`));
}

/** Run one invocation in a fresh process and read what it wrote. Never throws for a bad run. */
export async function runInvocation(
  invocation: Invocation,
  options: { cwd: string; timeoutMs: number; runner: ProcessRunner; logger: Logger },
): Promise<InvocationResult> {
  const since = Date.now() - 1000;
  options.logger.info(`$ ${invocation.command}`);
  const result = await options.runner.run({
    command: invocation.command,
    cwd: options.cwd,
    timeoutMs: options.timeoutMs,
    ...(invocation.env ? { env: invocation.env } : {}),
  });
  options.logger.debug(
    `exit ${String(result.exitCode)} in ${result.seconds.toFixed(2)}s${result.timedOut ? ' (killed at timeout)' : ''}`,
  );
  try {
    const outcomes = await readResults(invocation, options.cwd, result, since);
    return { process: result, outcomes };
  } catch (error) {
    const problem = error instanceof ReportFormatError ? error.message : (error as Error).message;
    return { process: result, outcomes: [], problem };
  }
}

async function readResults(
  invocation: Invocation,
  cwd: string,
  result: ProcessResult,
  since: number,
): Promise<TestOutcome[]> {
  const source = invocation.results;
  if (source.kind === 'stdout')
    return readOutcomes(result.stdout, '(standard output)', invocation.parser);
  const files =
    source.kind === 'file' ? [source.path] : await findReportFiles(source.patterns, cwd, since);
  if (files.length === 0)
    throw new Error(
      `no result files matching ${source.kind === 'glob' ? source.patterns.join(', ') : ''} were written`,
    );
  const outcomes: TestOutcome[] = [];
  for (const file of files) {
    try {
      outcomes.push(...(await readOutcomesFromFile(file, invocation.parser)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new Error(`the result file ${path.basename(file)} was not written`);
      throw error;
    }
  }
  return outcomes;
}

/** The last lines of stderr (or stdout), for messages about a run that went wrong. */
export function outputTail(result: ProcessResult, lines = 5): string {
  const text = (result.stderr.trim() || result.stdout.trim()).split(/\r?\n/);
  return text.slice(-lines).join('\n');
}
