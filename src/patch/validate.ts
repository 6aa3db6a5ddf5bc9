import type { DiagnoseReport } from '../diagnose/report.js';
import { ConfigError } from '../platform/errors.js';
import type { CommandResult, CommandRunner, Isolation } from './commands.js';

/** One validation command's verdict, with the tail of its output as evidence. */
export interface CheckResult {
  command: string;
  passed: boolean;
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  outputTail: string;
}

/** Which checks fail before any change (they must turn green) and which pass (they must stay green). */
export interface Baseline {
  failing: string[];
  green: string[];
  results: CheckResult[];
  isolation: Isolation;
}

export interface Verdict {
  passed: boolean;
  /** Why not: the checks still red and the checks newly broken. */
  problems: string[];
  results: CheckResult[];
}

const TAIL_LINES = 40;

/** Test commands for the failing tests, by the runner the diagnosis saw. */
const TEST_COMMANDS: Record<string, (files: string[]) => string> = {
  vitest: (files) => `npx vitest run ${files.join(' ')}`,
  jest: (files) => `npx jest ${files.join(' ')}`,
  mocha: (files) => `npx mocha ${files.join(' ')}`,
  'node-test': (files) => `node --test ${files.join(' ')}`,
  pytest: (files) => `python3 -m pytest -q ${files.join(' ')}`,
  go: (files) =>
    `go test ${[...new Set(files.map((f) => `./${f.replace(/\/?[^/]*$/, '') || '.'}`))].join(' ')}`,
  cargo: () => 'cargo test',
};

/** The failing checks' commands from the diagnosis, plus a run of the failing tests' files. */
export function deriveValidationCommands(diagnosis: DiagnoseReport): string[] {
  const commands = diagnosis.jobs.flatMap((job) =>
    job.command?.trim() ? [job.command.trim()] : [],
  );
  const files = [
    ...new Set(
      diagnosis.failingTests.flatMap((t) =>
        t.file && !t.file.includes('..') ? [quote(t.file)] : [],
      ),
    ),
  ];
  const runner = diagnosis.tools.find((tool) => tool in TEST_COMMANDS);
  if (files.length > 0 && runner) commands.push(TEST_COMMANDS[runner]!(files));
  return [...new Set(commands)];
}

function quote(file: string): string {
  return /^[\w./@+-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
}

function toCheck(result: CommandResult): CheckResult {
  const lines = result.output.trimEnd().split('\n');
  return {
    command: result.command,
    passed: result.exitCode === 0 && !result.timedOut,
    exitCode: result.exitCode,
    timedOut: result.timedOut,
    durationMs: result.durationMs,
    outputTail: lines.slice(-TAIL_LINES).join('\n'),
  };
}

export interface ValidationSettings {
  commands: string[];
  timeoutMs: number;
  root: string;
}

async function runAll(
  settings: ValidationSettings,
  runner: CommandRunner,
): Promise<{ checks: CheckResult[]; raw: CommandResult[] }> {
  const raw: CommandResult[] = [];
  for (const command of settings.commands) {
    raw.push(
      await runner.shell(command, {
        cwd: settings.root,
        timeoutMs: settings.timeoutMs,
        isolated: true,
      }),
    );
  }
  return { checks: raw.map(toCheck), raw };
}

/**
 * Runs every validation command on the untouched tree. A command that does not exist is the user's
 * mistake and stops everything here, before any file is changed.
 */
export async function measureBaseline(
  settings: ValidationSettings,
  runner: CommandRunner,
): Promise<Baseline> {
  if (settings.commands.length === 0) {
    throw new ConfigError(
      'Input validate: nothing to validate with (the diagnosis names no command for the failing check and no failing test files); ' +
        'give the commands that show the failure, one per line',
    );
  }
  const { checks, raw } = await runAll(settings, runner);
  const missing = raw.filter((r) => r.notFound);
  if (missing.length > 0) {
    const shown = missing
      .map((r) => `"${r.command}" (${lastLine(r.output) || 'exit 127'})`)
      .join('; ');
    throw new ConfigError(
      `Input validate: command not found: ${shown}; accepted: commands that exist in the workspace`,
    );
  }
  return {
    failing: checks.filter((c) => !c.passed).map((c) => c.command),
    green: checks.filter((c) => c.passed).map((c) => c.command),
    results: checks,
    isolation: runner.isolation,
  };
}

/** The candidate passes when every failing check is green and every green check still is. */
export async function validateCandidate(
  settings: ValidationSettings,
  runner: CommandRunner,
  baseline: Baseline,
): Promise<Verdict> {
  const { checks } = await runAll(settings, runner);
  const problems: string[] = [];
  for (const check of checks) {
    if (check.passed) continue;
    const was = baseline.failing.includes(check.command)
      ? 'still fails'
      : 'was green and now fails';
    problems.push(
      `${check.command} ${was}${check.timedOut ? ' (timed out)' : ` (exit ${check.exitCode})`}`,
    );
  }
  return { passed: problems.length === 0, problems, results: checks };
}

function lastLine(output: string): string {
  return output.trim().split('\n').pop()?.trim() ?? '';
}
