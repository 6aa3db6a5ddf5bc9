import { executeAction } from '../platform/action.js';
import { consoleLogger } from '../platform/logger.js';
import { localIO } from '../platform/local-io.js';
import type { ActionEntry } from '../actions/registry.js';
import { readActionMetadata, resolveInputs } from './action-metadata.js';
import { parseArgs } from './args.js';
import { formatHelp } from './help.js';
import type { CliStreams } from './streams.js';

/**
 * `kintsugi <action> [--<input> <value>]...`: the same run() the runner calls, with a local IO.
 * Text format prints the job summary; json prints the report.
 */
export async function runActionCommand(
  entry: ActionEntry,
  argv: string[],
  streams: CliStreams,
): Promise<number> {
  const args = parseArgs(argv);
  const metadata = await readActionMetadata(entry.actionYml);
  if (args.help) {
    streams.stdout.write(formatHelp(entry.name, metadata));
    return 0;
  }
  const inputs = resolveInputs(metadata, args.options, streams.env);
  const run = await entry.load();
  const io = localIO(entry.name, {
    inputs,
    env: { ...streams.env, GITHUB_WORKSPACE: streams.env.GITHUB_WORKSPACE ?? streams.cwd },
    logger: consoleLogger({ stream: streams.stderr, verbose: streams.env.RUNNER_DEBUG === '1' }),
    echo: args.format === 'json' ? streams.stderr : streams.stdout,
  });
  const outcome = await executeAction(run, io);
  if (args.format === 'json' && outcome.report !== undefined) {
    streams.stdout.write(`${JSON.stringify(outcome.report)}\n`);
  }
  if (outcome.status === 'failure') {
    streams.stderr.write(`error: ${outcome.message ?? `${entry.name} failed`}\n`);
    return 1;
  }
  if (outcome.message) streams.stderr.write(`${outcome.message}\n`);
  return 0;
}
