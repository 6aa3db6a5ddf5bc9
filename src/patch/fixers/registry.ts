import path from 'node:path';
import type { DiagnoseReport } from '../../diagnose/report.js';
import { exists, findTool, mentions, runTool, targets, type Fixer } from './types.js';

/** A tool that rewrites files in place, called with the files (or `.`) after fixed arguments. */
function fileTool(options: {
  id: string;
  source: Fixer['source'];
  tools: string[];
  binary: string;
  args: string[];
  command?: RegExp;
  places?: string[];
  /** Only these extensions are handed to the tool; other blamed files are left alone. */
  extensions?: RegExp;
  /** Run without file arguments (the tool finds the project itself). */
  wholeProject?: boolean;
}): Fixer {
  return {
    id: options.id,
    source: options.source,
    tools: options.tools,
    appliesTo: async (diagnosis) => mentions(diagnosis, options.tools, options.command),
    async run(workspace, runner) {
      const tool = await findTool(workspace.root, options.binary, runner, options.places);
      if (!tool)
        return {
          status: 'skipped',
          reason: `${options.binary} is not installed in the project or on PATH`,
        };
      const files = options.extensions
        ? workspace.files.filter((f) => options.extensions!.test(f))
        : workspace.files;
      const args = options.wholeProject
        ? options.args
        : [...options.args, ...targets({ ...workspace, files })];
      return runTool(runner, workspace, tool, args);
    },
  };
}

const PYTHON_PLACES = ['.venv/bin', 'venv/bin'];
const LOCKFILE_DRIFT =
  /package\.json and package-lock\.json .*in sync|Missing: .* from lock file|Invalid: lock file|lockfile needs to be updated|lock file .*out of (date|sync)|ERR_PNPM_OUTDATED_LOCKFILE/i;

function lockfileDrift(diagnosis: DiagnoseReport): boolean {
  const text = [diagnosis.summary, ...diagnosis.excerpts.map((e) => e.text)].join('\n');
  return LOCKFILE_DRIFT.test(text);
}

const npmLockfile: Fixer = {
  id: 'npm-lockfile',
  source: 'lockfile',
  tools: ['npm'],
  appliesTo: async (diagnosis, root) =>
    (diagnosis.category === 'dependency' || mentions(diagnosis, ['npm'])) &&
    lockfileDrift(diagnosis) &&
    (await exists(path.join(root, 'package.json'))),
  async run(workspace, runner) {
    const npm = await runner.which('npm');
    if (!npm) return { status: 'skipped', reason: 'npm is not on PATH' };
    return runTool(runner, workspace, npm, [
      'install',
      '--package-lock-only',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
    ]);
  },
};

/** Every deterministic fixer, in the order they are tried: formatters, then lint autofix, then lockfiles. */
export const FIXERS: readonly Fixer[] = [
  fileTool({
    id: 'prettier',
    source: 'formatter',
    tools: ['prettier'],
    binary: 'prettier',
    args: ['--write'],
    command: /\bprettier\b/,
  }),
  fileTool({
    id: 'ruff-format',
    source: 'formatter',
    tools: ['ruff', 'ruff-format'],
    binary: 'ruff',
    args: ['format'],
    places: PYTHON_PLACES,
    extensions: /\.pyi?$/,
    command: /\bruff format\b/,
  }),
  fileTool({
    id: 'black',
    source: 'formatter',
    tools: ['black'],
    binary: 'black',
    args: ['--quiet'],
    places: PYTHON_PLACES,
    extensions: /\.pyi?$/,
    command: /\bblack\b/,
  }),
  fileTool({
    id: 'gofmt',
    source: 'formatter',
    tools: ['gofmt'],
    binary: 'gofmt',
    args: ['-w'],
    extensions: /\.go$/,
    command: /\bgofmt\b/,
  }),
  fileTool({
    id: 'rustfmt',
    source: 'formatter',
    tools: ['rustfmt', 'cargo-fmt'],
    binary: 'cargo',
    args: ['fmt', '--all'],
    wholeProject: true,
    command: /\bcargo fmt\b|\brustfmt\b/,
  }),
  fileTool({
    id: 'eslint',
    source: 'lint-fix',
    tools: ['eslint'],
    binary: 'eslint',
    args: ['--fix'],
    extensions: /\.[cm]?[jt]sx?$/,
    command: /\beslint\b/,
  }),
  fileTool({
    id: 'ruff-fix',
    source: 'lint-fix',
    tools: ['ruff'],
    binary: 'ruff',
    args: ['check', '--fix'],
    places: PYTHON_PLACES,
    extensions: /\.pyi?$/,
    command: /\bruff check\b/,
  }),
  fileTool({
    id: 'clippy',
    source: 'lint-fix',
    tools: ['clippy'],
    binary: 'cargo',
    args: ['clippy', '--fix', '--allow-dirty', '--allow-staged', '--allow-no-vcs'],
    wholeProject: true,
    command: /\bclippy\b/,
  }),
  npmLockfile,
];

export const FIXER_IDS = FIXERS.map((f) => f.id);

/** `auto`: every fixer the diagnosis calls for; a list: those, in registry order, if they apply. */
export async function chooseFixers(
  requested: 'auto' | string[],
  diagnosis: DiagnoseReport,
  root: string,
): Promise<Fixer[]> {
  const pool = requested === 'auto' ? FIXERS : FIXERS.filter((f) => requested.includes(f.id));
  const chosen: Fixer[] = [];
  for (const fixer of pool) if (await fixer.appliesTo(diagnosis, root)) chosen.push(fixer);
  return chosen;
}

/** The files the diagnosis blamed on a fixer's tools, relative to the workspace. */
export function blamedFiles(diagnosis: DiagnoseReport, fixer: Fixer): string[] {
  const files = diagnosis.locations
    .filter((l) => l.tool === undefined || fixer.tools.includes(l.tool))
    .map((l) => l.file);
  return [...new Set(files)].filter((f) => !path.isAbsolute(f) && !f.split(/[\\/]/).includes('..'));
}
