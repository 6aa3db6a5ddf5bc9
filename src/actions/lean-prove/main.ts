import type { ActionIO, ActionOutcome } from '../../platform/action.js';
import { NotImplementedError } from '../../platform/errors.js';

export async function run(io: ActionIO): Promise<ActionOutcome> {
  io.inputs.required('project');
  throw new NotImplementedError('lean-prove');
}
