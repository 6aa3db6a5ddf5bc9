import * as core from '@actions/core';
import path from 'node:path';
import type { ActionIO, ActionOutcome, ActionRun } from './action.js';
import { executeAction } from './action.js';
import { selectAnnotations } from './annotations.js';
import { chooseArtifactStore } from './artifacts.js';
import { chooseCacheStore } from './cache.js';
import { readRunContext } from './context.js';
import { describeError } from './errors.js';
import { envInputSource, Inputs } from './inputs.js';
import type { Logger } from './logger.js';

export const coreLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  group: (title, body) => core.group(title, body),
};

/** The ActionIO of a real runner: INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, workflow commands. */
export function runnerIO(actionName: string, env: NodeJS.ProcessEnv = process.env): ActionIO {
  const context = readRunContext(env);
  const inputs = new Inputs(envInputSource(env));
  const token = inputs.optional('github-token') ?? env.GITHUB_TOKEN;
  const localRoot = path.join(context.tempDir, 'kintsugi');
  return {
    actionName,
    inputs,
    logger: coreLogger,
    context,
    env,
    artifacts: chooseArtifactStore(
      env,
      path.join(localRoot, 'artifacts'),
      token,
      context.repository,
    ),
    cache: chooseCacheStore(env, path.join(localRoot, 'cache')),
    setOutput: (name, value) => {
      if (value !== undefined)
        core.setOutput(name, typeof value === 'object' ? JSON.stringify(value) : value);
    },
    writeSummary: async (summary) => {
      if (summary.isEmpty() || !env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(summary.toMarkdown(), true).write();
    },
    annotate: (annotations, cap = 50) => {
      const { shown, omitted } = selectAnnotations(annotations, cap);
      for (const a of shown) {
        const props: core.AnnotationProperties = {
          title: a.title,
          file: a.file,
          startLine: a.line,
          endLine: a.endLine,
          startColumn: a.column,
          endColumn: a.endColumn,
        };
        if (a.level === 'error') core.error(a.message, props);
        else if (a.level === 'warning') core.warning(a.message, props);
        else core.notice(a.message, props);
      }
      if (omitted > 0) core.info(`${omitted} more annotation(s) not shown; see the report.`);
    },
    pauseProbe:
      token && context.repository
        ? async () => {
            const { dashboardPauseProbe } = await import('../github/dashboard.js');
            return dashboardPauseProbe({
              token,
              repository: context.repository!,
              apiUrl: context.apiUrl,
            });
          }
        : undefined,
  };
}

/** Entry for `dist/<action>/index.js`: run, then set the step's result. Never throws. */
export async function runOnRunner(actionName: string, run: ActionRun): Promise<ActionOutcome> {
  let outcome: ActionOutcome;
  try {
    outcome = await executeAction(run, runnerIO(actionName));
  } catch (error) {
    // Building the IO itself failed (an unreadable event payload, say).
    outcome = { status: 'failure', message: describeError(error) };
  }
  if (outcome.reportPath) core.setOutput('report', outcome.reportPath);
  if (outcome.status === 'failure') core.setFailed(outcome.message ?? `${actionName} failed`);
  else if (outcome.status === 'neutral' && outcome.message) core.notice(outcome.message);
  return outcome;
}
