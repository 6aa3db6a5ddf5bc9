import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ActionIO } from '../../platform/action.js';
import { requireRepository } from '../../platform/context.js';
import { ConfigError } from '../../platform/errors.js';
import type { SyncConfig } from '../../sync/config.js';
import type { OnConflict } from '../../sync/resolve.js';

export interface RepoSyncSettings {
  configPath: string;
  config: SyncConfig;
  app?: { appId?: string; clientId?: string; privateKey: string };
  githubToken?: string;
  dryRun: boolean;
  rollback: boolean;
  onConflict: OnConflict;
  branchPrefix: string;
  source: { repo: string; dir: string };
}

/** Reads every input into one frozen object; every mistake is a ConfigError naming the input. */
export async function readSettings(io: ActionIO): Promise<Readonly<RepoSyncSettings>> {
  const { inputs, context } = io;
  const configName = inputs.optional('config', '.sync-config.yaml')!;
  const configPath = path.resolve(context.workspace, configName);
  let text: string;
  try {
    text = await readFile(configPath, 'utf8');
  } catch {
    throw new ConfigError(
      `Input config got ${JSON.stringify(configName)}; accepted: a YAML file in the source checkout (${configPath} does not exist)`,
    );
  }
  // The config parser (yaml) and the sync code load only once there is a config to read (cold start).
  const [{ parseSyncConfig }, { filterTargets }, { ON_CONFLICT }] = await Promise.all([
    import('../../sync/config.js'),
    import('../../sync/sync.js'),
    import('../../sync/resolve.js'),
  ]);
  const config = filterTargets(parseSyncConfig(text, configName), inputs.list('targets'));
  const appId = inputs.optional('app-id');
  const clientId = inputs.optional('client-id');
  const privateKey = inputs.optional('private-key');
  if ((appId || clientId) && !privateKey)
    throw new ConfigError('Input private-key is required with app-id or client-id');
  if (privateKey && !appId && !clientId)
    throw new ConfigError('Input app-id (or client-id) is required with private-key');
  const githubToken = inputs.optional('github-token');
  if (!privateKey && !githubToken)
    throw new ConfigError(
      'No credentials: give app-id (or client-id) and private-key, or github-token',
    );
  const branchPrefix = inputs.optional('branch-prefix', 'kintsugi/sync/')!;
  if (!/^[A-Za-z0-9._/-]*$/.test(branchPrefix) || branchPrefix.includes('..'))
    throw new ConfigError(
      `Input branch-prefix got ${JSON.stringify(branchPrefix)}; accepted: letters, digits, . _ - /`,
    );
  const { owner, repo } = requireRepository(context);
  return Object.freeze({
    configPath,
    config,
    app: privateKey ? { appId, clientId, privateKey } : undefined,
    githubToken,
    dryRun: inputs.bool('dry-run', false),
    rollback: inputs.bool('rollback', false),
    onConflict: inputs.oneOf('on-conflict', ON_CONFLICT, 'pr-with-markers'),
    branchPrefix,
    source: { repo: `${owner}/${repo}`, dir: context.workspace },
  });
}
