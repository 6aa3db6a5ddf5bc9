import type { RepoSyncDeps } from './execute.js';
import type { ActionIO, ActionOutcome } from '../../platform/action.js';
import { readSettings } from './settings.js';

// Cold start: only the settings are read eagerly, so a misconfigured step fails fast; the domain
// code (GitHub client, parsers, model client) loads once the settings are known to be valid.

export type { RepoSyncDeps } from './execute.js';

export function run(io: ActionIO): Promise<ActionOutcome> {
  return runRepoSync(io, {});
}

export async function runRepoSync(io: ActionIO, deps: RepoSyncDeps): Promise<ActionOutcome> {
  const settings = await readSettings(io);
  const { execute } = await import('./execute.js');
  return execute(io, settings, deps);
}
