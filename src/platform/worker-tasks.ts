import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import {
  isMainThread,
  parentPort,
  Worker,
  workerData,
  type MessagePort,
} from 'node:worker_threads';

/**
 * Worker threads for CPU-heavy work (scanning a large log). A bundle is one file plus lazily loaded
 * chunks, so a worker runs the bundle's own entry point: each entry calls `serveWorkerTask` first,
 * which in a worker runs the task it was started for and in the main thread records the entry so
 * that tasks can start workers from it. From TypeScript sources (tsx, vitest) a task module can be
 * started directly.
 */

const TASK_KEY = 'kintsugiWorkerTask';

export interface WorkerTaskModule {
  runWorkerTask(data: unknown, port: MessagePort): void | Promise<void>;
}

interface TaskData {
  [TASK_KEY]: string;
  /** Started on the task module itself rather than on an entry point. */
  direct: boolean;
  data: unknown;
}

const entries = new Map<string, URL>();

/**
 * Call first in an entry point, before its own work: true when this thread is a worker that was
 * started for one of `tasks` and has run it; false in the main thread, which can now start them.
 */
export async function serveWorkerTask(
  entryUrl: string,
  tasks: Record<string, () => Promise<WorkerTaskModule>>,
): Promise<boolean> {
  const task = taskData();
  if (task && !task.direct) {
    const load = tasks[task[TASK_KEY]];
    if (!load) throw new Error(`this entry point has no worker task "${task[TASK_KEY]}"`);
    await (await load()).runWorkerTask(task.data, parentPort!);
    return true;
  }
  for (const name of Object.keys(tasks)) entries.set(name, new URL(entryUrl));
  return false;
}

/**
 * For a task module started directly: runs `run` when this thread is a worker started on it for
 * `task`. The module's top level calls it.
 */
export function runIfStartedDirectly(task: string, run: WorkerTaskModule['runWorkerTask']): void {
  const data = taskData();
  if (data?.direct && data[TASK_KEY] === task) void run(data.data, parentPort!);
}

function taskData(): TaskData | undefined {
  if (isMainThread || typeof workerData !== 'object' || workerData === null) return undefined;
  const data = workerData as Partial<TaskData>;
  return typeof data[TASK_KEY] === 'string' ? (data as TaskData) : undefined;
}

/**
 * Starts a worker for `task`: from the entry point that registered it, else from `sourceModule` when
 * running from TypeScript sources. Undefined when neither is available (workers then are not used).
 */
export function startWorkerTask(
  task: string,
  data: unknown,
  sourceModule?: URL,
): Worker | undefined {
  const entry = entries.get(task);
  if (entry) return new Worker(entry, { workerData: { [TASK_KEY]: task, direct: false, data } });
  if (!sourceModule?.pathname.endsWith('.ts')) return undefined;
  // From TypeScript sources (tsx, vitest): a worker's main module is not passed through the loader
  // hooks of `--import tsx`, so the worker loads the module through tsx's API.
  // The name is built at run time so the bundler does not try to resolve tsx (a dev dependency).
  const api = pathToFileURL(
    createRequire(import.meta.url)
      .resolve(['tsx', 'esm', 'api'].join('/'))
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const code = `import(${JSON.stringify(api)}).then((api) => api.tsImport(${JSON.stringify(sourceModule.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(code, { eval: true, workerData: { [TASK_KEY]: task, direct: true, data } });
}
