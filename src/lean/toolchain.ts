/**
 * The Lean toolchain named in `lean-toolchain`: reused when `lake` is already there, installed with
 * elan when it is not (elan itself installed by its elan-init script only on a GitHub runner).
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import type { RunCommand } from './process.js';
import { whichCommand } from './process.js';

export interface ToolchainSetup {
  toolchain: string;
  /** The environment to run lake in (PATH with elan's bin directory). */
  env: NodeJS.ProcessEnv;
  lake: string;
  /** What we did: found lake as it was, installed the toolchain, installed elan and the toolchain. */
  action: 'reused' | 'installed-toolchain' | 'installed-elan';
}

export interface ToolchainOptions {
  env: NodeJS.ProcessEnv;
  run: RunCommand;
  logger: Logger;
  /** Whether elan may be downloaded and installed (true on GitHub runners). */
  allowElanInstall: boolean;
  timeoutMs?: number;
}

const ELAN_INIT = 'https://raw.githubusercontent.com/leanprover/elan/master/elan-init.sh';

export async function readToolchain(projectDir: string, shown = projectDir): Promise<string> {
  const file = path.join(projectDir, 'lean-toolchain');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) {
    throw new ConfigError(
      `Input project got ${JSON.stringify(shown)}: it has no lean-toolchain file. lean-prove needs ` +
        'it to know which Lean to use; create it with one line such as leanprover/lean4:v4.15.0.',
    );
  }
  const toolchain = text.trim();
  if (!/^[\w./:+-]+$/.test(toolchain)) {
    throw new ConfigError(
      `${file} holds ${JSON.stringify(toolchain.slice(0, 80))}; accepted: one toolchain name such as leanprover/lean4:v4.15.0`,
    );
  }
  return toolchain;
}

export async function ensureToolchain(
  toolchain: string,
  options: ToolchainOptions,
): Promise<ToolchainSetup> {
  const elanBin = path.join(options.env.ELAN_HOME ?? path.join(os.homedir(), '.elan'), 'bin');
  const env = {
    ...options.env,
    PATH: [options.env.PATH ?? '', elanBin].filter(Boolean).join(path.delimiter),
  };
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  let elan = await whichCommand('elan', env);
  const lake = await whichCommand('lake', env);
  if (lake && !elan) return { toolchain, env, lake, action: 'reused' };
  let action: ToolchainSetup['action'] = 'reused';
  if (!elan) {
    if (!options.allowElanInstall)
      throw missingLean(
        toolchain,
        'elan is not available and installing it is only done on GitHub runners',
      );
    await installElan(toolchain, env, options, timeoutMs);
    elan = await whichCommand('elan', env);
    if (!elan) throw missingLean(toolchain, `elan-init ran but no elan appeared in ${elanBin}`);
    action = 'installed-elan';
  }
  const listed = await options.run(elan, ['toolchain', 'list'], {
    cwd: process.cwd(),
    env,
    timeoutMs: 60_000,
  });
  const names = new Set([toolchain, `leanprover/lean4:${toolchain}`]);
  if (!listed.output.split('\n').some((l) => names.has(l.trim().split(/\s/)[0] ?? ''))) {
    options.logger.info(`installing Lean ${toolchain} with elan`);
    const installed = await options.run(elan, ['toolchain', 'install', toolchain], {
      cwd: process.cwd(),
      env,
      timeoutMs,
    });
    if (installed.exitCode !== 0)
      throw missingLean(
        toolchain,
        `elan toolchain install ${toolchain} failed:\n${installed.output.slice(-2000)}`,
      );
    if (action === 'reused') action = 'installed-toolchain';
  }
  const lakeAfter = await whichCommand('lake', env);
  if (!lakeAfter)
    throw missingLean(toolchain, `elan has ${toolchain} but no lake is on PATH (${elanBin})`);
  return { toolchain, env, lake: lakeAfter, action };
}

async function installElan(
  toolchain: string,
  env: NodeJS.ProcessEnv,
  options: ToolchainOptions,
  timeoutMs: number,
): Promise<void> {
  const script = path.join(os.tmpdir(), `elan-init-${process.pid}.sh`);
  options.logger.info(`installing elan from ${ELAN_INIT}`);
  const fetched = await options.run('curl', ['-sSfL', ELAN_INIT, '-o', script], {
    cwd: process.cwd(),
    env,
    timeoutMs: 120_000,
  });
  if (fetched.exitCode !== 0)
    throw missingLean(
      toolchain,
      `downloading elan-init failed: ${fetched.missing ? 'curl is not installed' : fetched.output.trim().slice(-500)}`,
    );
  const ran = await options.run('sh', [script, '-y', '--default-toolchain', 'none'], {
    cwd: process.cwd(),
    env,
    timeoutMs,
  });
  if (ran.exitCode !== 0)
    throw missingLean(toolchain, `elan-init failed: ${ran.output.trim().slice(-1000)}`);
}

function missingLean(toolchain: string, why: string): ConfigError {
  return new ConfigError(
    `lean-prove cannot run Lean ${toolchain}: lake is not on PATH and ${why}. Install elan before this step ` +
      '(https://github.com/leanprover/elan, or the leanprover/lean-action step), or put lake on PATH.',
  );
}
