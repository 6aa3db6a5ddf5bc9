import path from 'node:path';
import { parseArgs } from '../args.js';

/**
 * `kintsugi diagnose FILE...` scans a large log in worker threads (not against a baseline): they
 * start from this, first thing, while the CLI still loads, rather than when the scan does. Bad
 * arguments are left for the command itself to report.
 */
export async function warmDiagnoseWorkers(argv: string[], cwd: string): Promise<void> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch {
    return;
  }
  if (args.help || args.positionals.length === 0) return;
  if (args.options['baseline-logs'] !== undefined || args.options.baseline === 'auto') return;
  const { warmScanWorkersFor } = await import('../../diagnose/scan-pool.js');
  await warmScanWorkersFor(args.positionals.map((file) => path.resolve(cwd, file)));
}
