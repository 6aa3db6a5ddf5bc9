import path from 'node:path';
import type { ActionIO } from '../../platform/action.js';
import { ConfigError } from '../../platform/errors.js';
import type { CountOrPercent } from '../../platform/inputs.js';
import { FRAMEWORKS, type FrameworkId } from '../../flaky/runners/types.js';

export interface FlakyRerunSettings {
  command?: string;
  reports: string[];
  framework: FrameworkId | 'auto';
  workingDirectory: string;
  reruns: number;
  timeoutMs: number;
  maxFailures: CountOrPercent;
  failOn: 'real' | 'flaky' | 'never';
  quarantine: string[];
  registry: boolean;
  detectNewFlakes: number;
  githubToken?: string;
}

/** Every input read and checked once, into a frozen object; mistakes name the input. */
export function readSettings(io: ActionIO): Readonly<FlakyRerunSettings> {
  const { inputs } = io;
  const command = inputs.optional('command');
  const reports = inputs.lines('reports');
  if (!command && reports.length === 0)
    throw new ConfigError('Input required and not supplied: command (or reports)');
  const workingDirectory = path.resolve(
    io.context.workspace,
    inputs.optional('working-directory', '.')!,
  );
  const registry = inputs.bool('registry', false);
  const githubToken = inputs.optional('github-token') ?? io.env.GITHUB_TOKEN;
  if (registry && !githubToken)
    throw new ConfigError(
      'Input registry is true but github-token is empty; accepted: a token with issues: write',
    );
  return Object.freeze({
    ...(command ? { command } : {}),
    reports,
    framework: inputs.oneOf('framework', ['auto', ...FRAMEWORKS] as const, 'auto'),
    workingDirectory,
    reruns: inputs.int('reruns', 3, { min: 0, max: 20 }),
    timeoutMs: inputs.duration('timeout', 15 * 60_000),
    maxFailures: inputs.countOrPercent('max-failures', { kind: 'percent', value: 10 }),
    failOn: inputs.oneOf('fail-on', ['real', 'flaky', 'never'] as const, 'real'),
    quarantine: inputs.list('quarantine', { separator: /\n/ }),
    registry,
    detectNewFlakes: inputs.int('detect-new-flakes', 0, { min: 0, max: 100 }),
    ...(githubToken ? { githubToken } : {}),
  });
}
