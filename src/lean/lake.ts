/** lake behind a narrow interface: build targets, or check one file with `lake env lean`. */
import type { CommandResult, RunCommand } from './process.js';
import { runCommand } from './process.js';

export interface Lake {
  build(targets: string[], timeoutMs: number): Promise<CommandResult>;
  /** `lake env lean [-DmaxHeartbeats=N] <file>`: the file's messages, with its imports already built. */
  checkFile(
    file: string,
    options: { maxHeartbeats: number; timeoutMs: number },
  ): Promise<CommandResult>;
}

export interface LakeOptions {
  projectDir: string;
  lake: string;
  env: NodeJS.ProcessEnv;
  run?: RunCommand;
}

export function createLake(options: LakeOptions): Lake {
  const run = options.run ?? runCommand;
  const exec = (args: string[], timeoutMs: number) =>
    run(options.lake, args, { cwd: options.projectDir, env: options.env, timeoutMs });
  return {
    build: (targets, timeoutMs) => exec(['build', ...targets], timeoutMs),
    checkFile: (file, { maxHeartbeats, timeoutMs }) =>
      exec(
        ['env', 'lean', ...(maxHeartbeats > 0 ? [`-DmaxHeartbeats=${maxHeartbeats}`] : []), file],
        timeoutMs,
      ),
  };
}
