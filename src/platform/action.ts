import path from 'node:path';
import type { Annotation } from './annotations.js';
import type { ArtifactStore } from './artifacts.js';
import type { CacheStore } from './cache.js';
import type { RunContext } from './context.js';
import { describeError, isUserError } from './errors.js';
import type { Inputs } from './inputs.js';
import type { Logger } from './logger.js';
import type { Summary } from './summary.js';

export type OutputValue = string | number | boolean | object | undefined;

/**
 * Everything an action may touch of the outside world. The runner and the CLI each provide one
 * (the strategy object of actions/cache's IStateProvider); tests provide their own.
 */
export interface ActionIO {
  readonly actionName: string;
  readonly inputs: Inputs;
  readonly logger: Logger;
  readonly context: RunContext;
  readonly env: NodeJS.ProcessEnv;
  readonly artifacts: ArtifactStore;
  readonly cache: CacheStore;
  setOutput(name: string, value: OutputValue): void;
  writeSummary(summary: Summary): Promise<void>;
  annotate(annotations: Annotation[], cap?: number): void;
  /** The label check on the dashboard issue; the env switch is checked by the runtime itself. */
  pauseProbe?: () => Promise<string | undefined>;
}

export type OutcomeStatus = 'success' | 'failure' | 'neutral';

export interface ActionOutcome {
  status: OutcomeStatus;
  /** Why the step failed, or the notice for a neutral result. */
  message?: string;
  report?: unknown;
  reportPath?: string;
}

export type ActionRun = (io: ActionIO) => Promise<ActionOutcome>;

/**
 * The one try/catch around every action: kill switch first, then the action, then the verdict.
 * Never throws; returns the outcome for the caller to turn into an exit status.
 */
export async function executeAction(run: ActionRun, io: ActionIO): Promise<ActionOutcome> {
  try {
    const paused = await pausedReason(io);
    if (paused) {
      io.setOutput('paused', true);
      return {
        status: 'neutral',
        message: `Kintsugi is paused (${paused}); ${io.actionName} did nothing.`,
      };
    }
    const outcome = await run(io);
    if (outcome.reportPath && io.artifacts.kind === 'runner')
      await uploadReport(io, outcome.reportPath);
    return outcome;
  } catch (error) {
    if (!isUserError(error) && error instanceof Error && error.stack) io.logger.debug(error.stack);
    return { status: 'failure', message: describeError(error) };
  }
}

/**
 * On a runner, every report is also the artifact `kintsugi-<action>`, so that the next action (or
 * another run) can take it by name. A failed upload is a warning: the step's work is done.
 */
async function uploadReport(io: ActionIO, reportPath: string): Promise<void> {
  const name = `kintsugi-${io.actionName}`;
  try {
    const { location } = await io.artifacts.upload(name, [reportPath], path.dirname(reportPath));
    io.logger.info(`report uploaded as ${location}`);
  } catch (error) {
    io.logger.warning(`could not upload the report as artifact ${name}: ${describeError(error)}`);
  }
}

async function pausedReason(io: ActionIO): Promise<string | undefined> {
  if ((io.env.KINTSUGI_PAUSED ?? '').trim().toLowerCase() === 'true') return 'KINTSUGI_PAUSED=true';
  if (!io.pauseProbe) return undefined;
  try {
    return await io.pauseProbe();
  } catch (error) {
    // The switch must not become a new way to fail: say so and go on.
    io.logger.warning(
      `could not read the kill switch from the dashboard issue: ${describeError(error)}`,
    );
    return undefined;
  }
}
