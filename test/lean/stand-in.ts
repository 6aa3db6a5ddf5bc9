/** Sets up a copy of a fixture lake project and a PATH whose `lake` is the stand-in replaying recorded output. */
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const FAKE_LAKE = path.join(HERE, 'fake-lake.mjs');
export const FIXTURES = path.join(HERE, 'fixtures');

export interface Rule {
  args?: string;
  exact?: boolean;
  contains?: string;
  /** A substring of the working directory lake runs in (the base-ref worktree: `kintsugi-lean-base-`). */
  cwd?: string;
  /** A recorded output file (absolute, or relative to the scenario file). */
  output?: string;
  text?: string;
  replace?: [string, string][];
  exit?: number;
  hang?: boolean;
}

export interface StandIn {
  /** The workspace: the demo project is at `<workspace>/lean`. */
  workspace: string;
  projectDir: string;
  env: NodeJS.ProcessEnv;
  calls(): Promise<string[]>;
  /** Processes a hanging stand-in started (itself and its child) that are still running. */
  survivors(): Promise<number[]>;
}

async function running(pid: number): Promise<boolean> {
  // A killed process may linger as a zombie until its parent reaps it: that is not running.
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (stat !== undefined) return !/^\d+ \(.*\) Z/.test(stat);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function standIn(
  rules: Rule[],
  options: { withLake?: boolean; project?: string } = {},
): Promise<StandIn> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-lean-'));
  const workspace = path.join(root, 'repo');
  const projectDir = path.join(workspace, 'lean');
  await cp(path.join(HERE, 'projects', options.project ?? 'demo'), projectDir, { recursive: true });
  const bin = path.join(root, 'bin');
  await mkdir(bin);
  if (options.withLake !== false) {
    await symlink(FAKE_LAKE, path.join(bin, 'lake'));
    await symlink(FAKE_LAKE, path.join(bin, 'lean'));
  }
  const scenario = path.join(root, 'scenario.json');
  const callsFile = path.join(root, 'calls.log');
  await writeFile(
    scenario,
    JSON.stringify({ calls: callsFile, rules, default: { exit: 0 } }),
    'utf8',
  );
  const env: NodeJS.ProcessEnv = {
    // node for the stand-in's shebang; nothing else, so no real lake or elan can be found.
    PATH: [bin, path.dirname(process.execPath)].join(path.delimiter),
    HOME: root,
    ELAN_HOME: path.join(root, 'no-elan'),
    FAKE_LAKE_SCENARIO: scenario,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: path.join(root, 'tmp'),
  };
  return {
    workspace,
    projectDir,
    env,
    calls: async () =>
      (await readFile(callsFile, 'utf8').catch(() => '')).split('\n').filter(Boolean),
    survivors: async () => {
      const pids = (await readFile(`${callsFile}.pids`, 'utf8').catch(() => ''))
        .split('\n')
        .filter(Boolean)
        .map(Number);
      const alive = await Promise.all(pids.map(running));
      return pids.filter((_, i) => alive[i]);
    },
  };
}
