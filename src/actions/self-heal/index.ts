import { serveWorkerTask } from '../../platform/worker-tasks.js';

// In a worker thread (a large log scanned in parallel) this bundle only runs the worker's task; the
// action itself, and all it imports, loads in the main thread alone.
if (
  !(await serveWorkerTask(import.meta.url, { scan: () => import('../../diagnose/scan-worker.js') }))
) {
  const [{ runOnRunner }, { run }] = await Promise.all([
    import('../../platform/runner-io.js'),
    import('./main.js'),
  ]);
  await runOnRunner('self-heal', run);
}
