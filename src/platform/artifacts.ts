import { cp, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from './errors.js';

export interface DownloadOptions {
  /** Another workflow run's id; needs a token with actions:read. */
  runId?: number;
  destination: string;
}

/** Where reports, patches and logs are kept between steps, jobs and runs. */
export interface ArtifactStore {
  readonly kind: 'runner' | 'directory';
  upload(name: string, files: string[], rootDirectory: string): Promise<{ location: string }>;
  download(name: string, options: DownloadOptions): Promise<string>;
}

/** A directory on disk: what the CLI, the demo and the tests use. */
export function directoryArtifactStore(root: string): ArtifactStore {
  return {
    kind: 'directory',
    async upload(name, files, rootDirectory) {
      const target = path.join(root, safeName(name));
      await mkdir(target, { recursive: true });
      for (const file of files) {
        const relative = path.relative(rootDirectory, file);
        if (relative.startsWith('..') || path.isAbsolute(relative)) {
          throw new ConfigError(
            `artifact file ${file} is outside its root directory ${rootDirectory}`,
          );
        }
        await mkdir(path.dirname(path.join(target, relative)), { recursive: true });
        await cp(file, path.join(target, relative), { recursive: true });
      }
      return { location: target };
    },
    async download(name, options) {
      const source = path.join(root, options.runId ? `run-${options.runId}` : '', safeName(name));
      const exists = await stat(source).then(
        (s) => s.isDirectory(),
        () => false,
      );
      if (!exists) {
        const known = await readdir(root).catch(() => [] as string[]);
        throw new ConfigError(
          `artifact ${name} not found in ${root}; known: ${known.join(', ') || 'none'}`,
        );
      }
      await mkdir(options.destination, { recursive: true });
      await cp(source, options.destination, { recursive: true });
      return options.destination;
    },
  };
}

/** `@actions/artifact`, loaded only when used so that cold start stays small. */
export function runnerArtifactStore(options: {
  token?: string;
  repository?: { owner: string; repo: string };
}): ArtifactStore {
  return {
    kind: 'runner',
    async upload(name, files, rootDirectory) {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const client = new DefaultArtifactClient();
      const result = await client.uploadArtifact(name, files, rootDirectory, { retentionDays: 30 });
      return { location: `artifact:${name}#${result.id ?? '?'}` };
    },
    async download(name, { runId, destination }) {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const client = new DefaultArtifactClient();
      const findBy =
        runId && options.token && options.repository
          ? {
              token: options.token,
              workflowRunId: runId,
              repositoryOwner: options.repository.owner,
              repositoryName: options.repository.repo,
            }
          : undefined;
      const { artifact } = await client
        .getArtifact(name, findBy ? { findBy } : {})
        .catch((error: Error) => {
          throw new ConfigError(
            `artifact ${name} not found${runId ? ` in run ${runId}` : ''}: ${error.message}`,
          );
        });
      await client.downloadArtifact(artifact.id, {
        path: destination,
        ...(findBy ? { findBy } : {}),
      });
      return destination;
    },
  };
}

/** On a runner with the artifact service available use it; anywhere else a local directory. */
export function chooseArtifactStore(
  env: NodeJS.ProcessEnv,
  localRoot: string,
  token?: string,
  repository?: { owner: string; repo: string },
): ArtifactStore {
  if (env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL)
    return runnerArtifactStore({ token, repository });
  return directoryArtifactStore(localRoot);
}

function safeName(name: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(name)) {
    throw new ConfigError(
      `artifact name ${JSON.stringify(name)} is not accepted; use letters, digits, '.', '_' and '-'`,
    );
  }
  return name;
}
