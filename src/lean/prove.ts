/**
 * Checks a lake project file by file, dependencies first, each under its budget, and says per
 * declaration what holds. With maxHeartbeats set, a file's imports are built with `lake build` and the
 * file itself is checked with `lake env lean -DmaxHeartbeats=N` (lake has no flag for Lean options).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../platform/logger.js';
import { findDeclarations } from './declarations.js';
import type { Lake } from './lake.js';
import { parseLeanOutput } from './parse/parse.js';
import type { CommandResult } from './process.js';
import type { LeanFile } from './project.js';
import type { FileCheck } from './status.js';
import { applyAxioms, declarationStatuses, messagesFor } from './status.js';
import type { AxiomReport, DeclarationResult, LeanMessage } from './types.js';

export interface ProveSettings {
  projectDir: string;
  budgetPerFileMs: number;
  maxHeartbeats: number;
}

export interface ProveOutcome {
  files: FileCheck[];
  declarations: DeclarationResult[];
  /** Every message about the project's files. */
  messages: LeanMessage[];
  /** Theorems whose axioms were printed from the scratch file. */
  axiomsChecked: string[];
  /** Everything lake and Lean printed, for the proof-log artifact. */
  log: string;
}

const CORE = /^(?:Init|Lean|Std|Lake)(?:\.|$)/;

export async function proveProject(
  files: LeanFile[],
  lake: Lake,
  settings: ProveSettings,
  logger: Logger,
): Promise<ProveOutcome> {
  const checks: FileCheck[] = [];
  const log: string[] = [];
  const broken = new Map<string, string>();
  for (const file of files) {
    // A file whose import already failed or timed out cannot build: say so instead of waiting again.
    const blocked = file.localImports.filter((m) => broken.has(m));
    const { check, output } = blocked.length
      ? skipped(file, `not checked: ${blocked.map((m) => `${m} ${broken.get(m)}`).join(', ')}`)
      : await checkOne(file, lake, settings);
    if (check.outcome !== 'ok')
      broken.set(file.module, check.outcome === 'timeout' ? 'timed out' : 'failed');
    logger.info(`${file.file}: ${check.outcome} (${check.seconds.toFixed(1)}s)`);
    log.push(`### ${file.file} (${check.outcome})\n${output}`);
    checks.push(check);
  }
  let declarations = checks.flatMap((c) => declarationStatuses(c));
  const axioms = await checkAxioms(checks, declarations, lake, settings);
  if (axioms.output) log.push(`### #print axioms\n${axioms.output}`);
  declarations = applyAxioms(declarations, axioms.reports);
  return {
    files: checks,
    declarations,
    messages: checks.flatMap((c) => c.messages),
    axiomsChecked: axioms.reports.map((r) => r.declaration),
    log: log.join('\n'),
  };
}

function skipped(file: LeanFile, detail: string): { check: FileCheck; output: string } {
  const declarations = findDeclarations(file.file, file.source);
  const check: FileCheck = {
    file: file.file,
    module: file.module,
    outcome: 'not-built',
    detail,
    seconds: 0,
    declarations,
    messages: [],
  };
  return { check, output: `(${detail})` };
}

async function checkOne(
  file: LeanFile,
  lake: Lake,
  settings: ProveSettings,
): Promise<{ check: FileCheck; output: string }> {
  const started = Date.now();
  const budget = settings.budgetPerFileMs;
  const declarations = findDeclarations(file.file, file.source);
  const base = { file: file.file, module: file.module, declarations };
  const finish = (result: CommandResult, outcome?: FileCheck['outcome'], detail?: string) => {
    const parsed = parseLeanOutput(result.output);
    const messages = messagesFor(file.file, parsed.messages);
    const seconds = (Date.now() - started) / 1000;
    let verdict = outcome;
    if (!verdict) {
      if (result.timedOut) verdict = 'timeout';
      else if (result.exitCode === 0) verdict = 'ok';
      else verdict = messages.some((m) => m.severity === 'error') ? 'failed' : 'not-built';
    }
    let why = detail;
    if (verdict === 'timeout')
      why ??= `killed at the budget of ${Math.round(budget / 1000)}s per file`;
    if (verdict === 'not-built')
      why ??= notBuiltReason(result, parsed.build.failedTargets, file.module);
    const check: FileCheck = {
      ...base,
      outcome: verdict,
      seconds,
      messages,
      ...(why ? { detail: why } : {}),
    };
    return { check, output: result.output };
  };
  if (settings.maxHeartbeats <= 0) return finish(await lake.build([file.module], budget));
  const deps = file.imports.filter((i) => !CORE.test(i));
  if (deps.length > 0) {
    const built = await lake.build(deps, budget);
    if (built.timedOut)
      return finish(
        built,
        'timeout',
        `building its imports ran past the budget of ${Math.round(budget / 1000)}s`,
      );
    if (built.exitCode !== 0)
      return finish(
        { ...built, output: built.output },
        'not-built',
        notBuiltReason(built, parseLeanOutput(built.output).build.failedTargets, file.module),
      );
  }
  const left = Math.max(1, budget - (Date.now() - started));
  return finish(
    await lake.checkFile(file.file, { maxHeartbeats: settings.maxHeartbeats, timeoutMs: left }),
  );
}

function notBuiltReason(result: CommandResult, failedTargets: string[], module: string): string {
  if (result.missing) return 'lake could not be started';
  const others = failedTargets.filter((t) => t !== module);
  if (others.length > 0) return `not checked: ${others.join(', ')} failed to build`;
  const last = result.output.trim().split('\n').slice(-3).join(' ').slice(0, 200);
  return `not checked: lake exited with ${result.exitCode}${last ? ` (${last})` : ''}`;
}

const NAMED_KINDS = new Set(['theorem', 'lemma', 'def', 'abbrev', 'instance', 'opaque']);

/** `#print axioms` for every clean named declaration, from a scratch file importing the modules that built. */
async function checkAxioms(
  checks: FileCheck[],
  declarations: DeclarationResult[],
  lake: Lake,
  settings: ProveSettings,
): Promise<{ reports: AxiomReport[]; output: string }> {
  if (!declarations.some((d) => d.status === 'sorry')) return { reports: [], output: '' };
  const built = new Set(checks.filter((c) => c.outcome === 'ok').map((c) => c.file));
  const names = declarations.filter(
    (d) =>
      d.status === 'proved' &&
      built.has(d.file) &&
      NAMED_KINDS.has(d.kind) &&
      !d.name.includes('@'),
  );
  if (names.length === 0) return { reports: [], output: '' };
  const modules = checks.filter((c) => built.has(c.file)).map((c) => c.module);
  const scratchDir = path.join(settings.projectDir, '.lake', 'kintsugi');
  await mkdir(scratchDir, { recursive: true });
  const scratch = path.join(scratchDir, 'PrintAxioms.lean');
  const text = [
    ...modules.map((m) => `import ${m}`),
    '',
    ...names.map((d) => `#print axioms ${d.name}`),
    '',
  ].join('\n');
  await writeFile(scratch, text, 'utf8');
  const prepared = await lake.build(modules, settings.budgetPerFileMs);
  if (prepared.exitCode !== 0) return { reports: [], output: prepared.output };
  const result = await lake.checkFile(path.relative(settings.projectDir, scratch), {
    maxHeartbeats: 0,
    timeoutMs: settings.budgetPerFileMs,
  });
  return { reports: parseLeanOutput(result.output).axioms, output: result.output };
}
