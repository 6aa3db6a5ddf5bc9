import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../platform/logger.js';
import { runCommand, type RunCommand } from './process.js';
import { ensureToolchain } from './toolchain.js';

const TOOLCHAIN = 'leanprover/lean4:v4.19.0';

/** An elan that lists what it installed and puts a lake beside itself when installing. */
async function fakeElan(installed: string[]): Promise<{ env: NodeJS.ProcessEnv; log: string }> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-elan-'));
  const bin = path.join(home, 'bin');
  await mkdir(bin);
  const log = path.join(home, 'calls.log');
  await writeFile(path.join(home, 'toolchains.txt'), installed.map((t) => `${t}\n`).join(''));
  await writeFile(
    path.join(bin, 'elan'),
    `#!/bin/sh
echo "$*" >> "${log}"
case "$1 $2" in
  "toolchain list") cat "${home}/toolchains.txt" ;;
  "toolchain install") echo "$3" >> "${home}/toolchains.txt"; printf '#!/bin/sh\\n' > "${bin}/lake"; chmod +x "${bin}/lake" ;;
esac
`,
  );
  await chmod(path.join(bin, 'elan'), 0o755);
  if (installed.length > 0) {
    await writeFile(path.join(bin, 'lake'), '#!/bin/sh\n');
    await chmod(path.join(bin, 'lake'), 0o755);
  }
  return { env: { PATH: '/usr/bin:/bin', ELAN_HOME: home }, log };
}

describe('ensureToolchain', () => {
  it('installs the toolchain of lean-toolchain with elan when it is missing', async () => {
    const { env, log } = await fakeElan([]);
    const setup = await ensureToolchain(TOOLCHAIN, {
      env,
      run: runCommand,
      logger: memoryLogger(),
      allowElanInstall: false,
    });
    expect(setup).toMatchObject({
      action: 'installed-toolchain',
      lake: path.join(env.ELAN_HOME!, 'bin', 'lake'),
    });
    expect((await readFile(log, 'utf8')).trim().split('\n')).toEqual([
      'toolchain list',
      `toolchain install ${TOOLCHAIN}`,
    ]);
  });

  it('reuses it when elan already has it', async () => {
    const { env, log } = await fakeElan([`${TOOLCHAIN} (default)`]);
    const setup = await ensureToolchain(TOOLCHAIN, {
      env,
      run: runCommand,
      logger: memoryLogger(),
      allowElanInstall: false,
    });
    expect(setup.action).toBe('reused');
    expect((await readFile(log, 'utf8')).trim()).toBe('toolchain list');
  });

  it('says clearly when elan cannot be installed', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-elan-'));
    const calls: string[] = [];
    const run: RunCommand = async (command, args) => {
      calls.push([command, ...args].join(' '));
      return {
        output: 'curl: (6) Could not resolve host',
        exitCode: 6,
        timedOut: false,
        durationMs: 1,
        missing: false,
      };
    };
    const options = {
      env: { PATH: '/nonexistent', ELAN_HOME: home },
      run,
      logger: memoryLogger(),
      allowElanInstall: true,
    };
    await expect(ensureToolchain(TOOLCHAIN, options)).rejects.toThrow(
      /cannot run Lean leanprover\/lean4:v4.19.0: lake is not on PATH and downloading elan-init failed: curl: \(6\) Could not resolve host\. Install elan/,
    );
    expect(calls[0]).toMatch(
      /^curl -sSfL https:\/\/raw\.githubusercontent\.com\/leanprover\/elan\/master\/elan-init\.sh -o /,
    );
  });
});
