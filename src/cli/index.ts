import { serveWorkerTask } from '../platform/worker-tasks.js';

// In a worker thread (a large log scanned in parallel) this bundle only runs the worker's task; the
// CLI itself, and all it imports, loads in the main thread alone.
if (
  !(await serveWorkerTask(import.meta.url, { scan: () => import('../diagnose/scan-worker.js') }))
) {
  // `kintsugi diagnose` on a large log: its scan workers start first, while the CLI loads.
  if (process.argv[2] === 'diagnose') {
    const { warmDiagnoseWorkers } = await import('./commands/diagnose-workers.js');
    await warmDiagnoseWorkers(process.argv.slice(3), process.cwd());
  }
  const [{ main }, { processStreams }] = await Promise.all([
    import('./main.js'),
    import('./streams.js'),
  ]);
  process.exitCode = await main(process.argv.slice(2), processStreams());
}
