import { ACTIONS, findAction } from '../actions/registry.js';
import { describeError, isUserError } from '../platform/errors.js';
import { COMMANDS } from './commands/index.js';
import { runActionCommand } from './run-action.js';
import type { CliStreams } from './streams.js';

export function usage(): string {
  const actions = ACTIONS.map((a) => `  ${a.name}`).join('\n');
  const commands = COMMANDS.map((c) => `  ${c.name.padEnd(14)}${c.summary}`).join('\n');
  return [
    'kintsugi <command> [options]',
    '',
    'Actions (the same inputs as their action.yml; `kintsugi <action> --help` lists them):',
    actions,
    '',
    'Other commands:',
    commands,
    '',
    'Common options: --format text|json, --help',
    '',
  ].join('\n');
}

/** Dispatch; returns the exit status. Errors become one line on stderr, never a stack trace. */
export async function main(argv: string[], streams: CliStreams): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      streams.stdout.write(usage());
      return name ? 0 : 2;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (command) return await (await command.load())(rest, streams);
    const action = findAction(name);
    if (action) return await runActionCommand(action, rest, streams);
    streams.stderr.write(
      `error: unknown command ${JSON.stringify(name)}; accepted: ${[...ACTIONS.map((a) => a.name), ...COMMANDS.map((c) => c.name)].join(', ')}\n`,
    );
    return 2;
  } catch (error) {
    streams.stderr.write(`error: ${describeError(error)}\n`);
    if (!isUserError(error) && error instanceof Error && streams.env.RUNNER_DEBUG === '1')
      streams.stderr.write(`${error.stack}\n`);
    return isUserError(error) ? 2 : 1;
  }
}
