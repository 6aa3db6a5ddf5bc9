import { ACTIONS } from '../../actions/registry.js';
import { executeAction } from '../../platform/action.js';
import { localIO } from '../../platform/local-io.js';
import { consoleLogger } from '../../platform/logger.js';
import { readActionMetadata, resolveInputs } from '../action-metadata.js';
import { parseArgs } from '../args.js';
import { runActionCommand } from '../run-action.js';
import { warmDiagnoseWorkers } from './diagnose-workers.js';
import type { CliCommand } from '../streams.js';

/**
 * `kintsugi diagnose [--baseline-logs PASS.log] [--max-excerpt-lines N] [--format json] FILE...`:
 * one diagnosis per file, in input order (json: one report per line). A file that cannot be read
 * gets its own clear error line and the exit status 1; the other files are still diagnosed. Without
 * FILEs it is the plain action (`--logs`, `--run-id`, ...).
 */
export const diagnoseCommand: CliCommand = async (argv, streams) => {
  const entry = ACTIONS.find((a) => a.name === 'diagnose')!;
  const args = parseArgs(argv);
  if (args.help || args.positionals.length === 0) return runActionCommand(entry, argv, streams);
  // The CLI's entry has started them already; not so a caller of main().
  await warmDiagnoseWorkers(argv, streams.cwd);
  const metadata = await readActionMetadata(entry.actionYml);
  const run = await entry.load();
  let failed = 0;
  for (const file of args.positionals) {
    const inputs = resolveInputs(metadata, { ...args.options, logs: file }, streams.env);
    const io = localIO('diagnose', {
      inputs,
      env: { ...streams.env, GITHUB_WORKSPACE: streams.env.GITHUB_WORKSPACE ?? streams.cwd },
      logger: consoleLogger({ stream: streams.stderr, verbose: streams.env.RUNNER_DEBUG === '1' }),
      echo: args.format === 'json' ? undefined : streams.stdout,
    });
    const outcome = await executeAction(run, io);
    if (outcome.status === 'failure') {
      failed++;
      const message = outcome.message ?? 'diagnose failed';
      streams.stderr.write(`error: ${file}: ${message}\n`);
      if (args.format === 'json')
        streams.stdout.write(`${JSON.stringify({ file, error: message })}\n`);
      continue;
    }
    if (args.format === 'json')
      streams.stdout.write(
        `${JSON.stringify(outcome.report ?? { file, notice: outcome.message })}\n`,
      );
  }
  return failed > 0 ? 1 : 0;
};
