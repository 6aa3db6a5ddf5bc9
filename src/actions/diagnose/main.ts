import type { ActionIO, ActionOutcome } from '../../platform/action.js';
import { NotImplementedError } from '../../platform/errors.js';
import { ConfigError } from '../../platform/errors.js';

export async function run(io: ActionIO): Promise<ActionOutcome> {
  if (!io.inputs.raw('logs') && !io.inputs.raw('run-id')) {
    throw new ConfigError('Input required and not supplied: logs (or run-id)');
  }
  throw new NotImplementedError('diagnose');
}
