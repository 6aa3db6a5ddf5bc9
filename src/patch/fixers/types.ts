import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { DiagnoseReport } from '../../diagnose/report.js';
import type { CommandRunner } from '../commands.js';
import type { PatchSource } from '../safety.js';

/** The checkout a fixer works in, and the files the diagnosis blamed on its tool. */
export interface FixerWorkspace {
  root: string;
  /** Relative paths named by the diagnosis for this fixer's tools; empty: the whole project. */
  files: string[];
  timeoutMs: number;
}

export type FixerRun =
  | { status: 'ran'; command: string; exitCode: number | null; output: string }
  | { status: 'skipped'; reason: string };

/** A deterministic fix for one kind of failure: a formatter, a lint autofix, a lockfile sync. */
export interface Fixer {
  id: string;
  source: PatchSource;
  /** The diagnosis tool ids this fixer answers. */
  tools: string[];
  appliesTo(diagnosis: DiagnoseReport, root: string): Promise<boolean>;
  run(workspace: FixerWorkspace, runner: CommandRunner): Promise<FixerRun>;
}

/** The diagnosis names one of these tools: in its tools, a job's tools, a location, or a job's command. */
export function mentions(diagnosis: DiagnoseReport, ids: string[], command?: RegExp): boolean {
  const named = new Set([
    ...diagnosis.tools,
    ...diagnosis.jobs.flatMap((j) => j.tools),
    ...diagnosis.locations.flatMap((l) => (l.tool ? [l.tool] : [])),
  ]);
  if (ids.some((id) => named.has(id))) return true;
  return (
    command !== undefined &&
    diagnosis.jobs.some((j) => j.command !== undefined && command.test(j.command))
  );
}

export async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

async function executable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** The project's own copy of a tool (node_modules/.bin, a virtualenv), else the runner's PATH. */
export async function findTool(
  root: string,
  name: string,
  runner: CommandRunner,
  places: string[] = ['node_modules/.bin'],
): Promise<string | undefined> {
  for (const place of places) {
    const file = path.join(root, place, name);
    if (await executable(file)) return file;
  }
  return runner.which(name);
}

/** Runs a tool on the blamed files (or the whole project) and reports what it did. */
export async function runTool(
  runner: CommandRunner,
  workspace: FixerWorkspace,
  tool: string,
  args: string[],
): Promise<FixerRun> {
  const result = await runner.exec(tool, args, {
    cwd: workspace.root,
    timeoutMs: workspace.timeoutMs,
  });
  if (result.timedOut)
    return {
      status: 'ran',
      command: result.command,
      exitCode: null,
      output: `timed out\n${result.output}`,
    };
  return {
    status: 'ran',
    command: result.command,
    exitCode: result.exitCode,
    output: result.output,
  };
}

export function targets(workspace: FixerWorkspace): string[] {
  return workspace.files.length > 0 ? workspace.files : ['.'];
}
