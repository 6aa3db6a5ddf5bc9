import type { ActionIO, ActionOutcome } from '../../platform/action.js';
import { NotImplementedError } from '../../platform/errors.js';
import { ConfigError } from '../../platform/errors.js';

export async function run(io: ActionIO): Promise<ActionOutcome> {
  if (!io.inputs.raw('logs') && !io.inputs.raw('run-id') && !io.context.payload.workflow_run) {
    throw new ConfigError(
      'Input required and not supplied: run-id (or logs, or a workflow_run event)',
    );
  }
  throw new NotImplementedError('self-heal');
}
