import type { ActionIO, ActionOutcome } from '../../platform/action.js';
import { NotImplementedError } from '../../platform/errors.js';
import { ConfigError } from '../../platform/errors.js';

export async function run(io: ActionIO): Promise<ActionOutcome> {
  if (!io.inputs.raw('pr') && !io.inputs.raw('diff') && !io.context.payload.pull_request) {
    throw new ConfigError('Input required and not supplied: pr (or diff, or a pull_request event)');
  }
  throw new NotImplementedError('risk-gate');
}
