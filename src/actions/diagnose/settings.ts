import type { ActionIO } from '../../platform/action.js';
import { ConfigError } from '../../platform/errors.js';
import { readModelChoice, type ModelChoice } from '../../llm/model-choice.js';

/** Every input of actions/diagnose/action.yml, read once and checked. */
export interface DiagnoseSettings {
  logs: string[];
  runId?: number;
  githubToken?: string;
  baselineLogs: string[];
  baseline: 'auto' | 'none';
  testReports: string[];
  anthropicApiKey?: string;
  modelChoice: ModelChoice;
  model: string;
  tokenBudget: number;
  maxExcerptLines: number;
  comment: boolean;
}

export function readSettings(io: ActionIO): Readonly<DiagnoseSettings> {
  const { inputs } = io;
  const logs = inputs.lines('logs');
  const runIdText = inputs.raw('run-id');
  if (logs.length === 0 && !runIdText)
    throw new ConfigError(
      'Input required and not supplied: logs (or run-id): give a log file, directory or glob, or a workflow run id',
    );
  let runId: number | undefined;
  if (runIdText !== undefined) {
    if (!/^\d+$/.test(runIdText))
      throw new ConfigError(
        `Input run-id got ${JSON.stringify(runIdText)}; accepted: a workflow run id (digits only)`,
      );
    runId = Number(runIdText);
  }
  return Object.freeze({
    logs,
    ...(runId !== undefined ? { runId } : {}),
    githubToken: inputs.optional('github-token'),
    baselineLogs: inputs.lines('baseline-logs'),
    baseline: inputs.oneOf('baseline', ['auto', 'none'] as const, 'none'),
    testReports: inputs.lines('test-reports'),
    anthropicApiKey: inputs.optional('anthropic-api-key'),
    modelChoice: readModelChoice(inputs, io.env),
    model: inputs.optional('model', 'claude-sonnet-5-5')!,
    tokenBudget: inputs.int('token-budget', 16000, { min: 1000, max: 200000 }),
    maxExcerptLines: inputs.int('max-excerpt-lines', 40, { min: 1, max: 1000 }),
    comment: inputs.bool('comment', false),
  });
}
