import type { ActionIO, ActionOutcome } from '../../platform/action.js';
import { NotImplementedError } from '../../platform/errors.js';
import { ConfigError } from '../../platform/errors.js';

export async function run(io: ActionIO): Promise<ActionOutcome> {
  if (!io.inputs.raw('command') && !io.inputs.raw('reports')) {
    throw new ConfigError('Input required and not supplied: command (or reports)');
  }
  throw new NotImplementedError('flaky-rerun');
}
