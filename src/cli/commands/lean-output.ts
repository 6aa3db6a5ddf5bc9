import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { summariseLeanOutput } from '../../lean/output-summary.js';
import { ConfigError } from '../../platform/errors.js';
import { parseArgs } from '../args.js';
import type { CliCommand } from '../streams.js';

const USAGE = 'usage: kintsugi lean-output [--format json] [--project DIR] FILE...';

/** `kintsugi lean-output [--format json] [--project DIR] FILE...`: parse recorded Lean/lake output. */
export const leanOutputCommand: CliCommand = async (argv, streams) => {
  const { options, positionals, help, format } = parseArgs(argv);
  if (help || positionals.length === 0) {
    streams[help ? 'stdout' : 'stderr'].write(
      `${USAGE}\n  One JSON object per file and line: {file, messages, declarations, build}.\n  --project: the lake project whose sources name the declarations.\n`,
    );
    return help ? 0 : 2;
  }
  const projectDir = options.project ? path.resolve(streams.cwd, options.project) : undefined;
  for (const file of positionals) {
    const text = await readFile(path.resolve(streams.cwd, file), 'utf8').catch(() => {
      throw new ConfigError(
        `lean-output: cannot read ${JSON.stringify(file)}; accepted: files of recorded Lean or lake output`,
      );
    });
    const summary = await summariseLeanOutput(file, text, projectDir);
    if (format === 'json') {
      streams.stdout.write(`${JSON.stringify(summary)}\n`);
      continue;
    }
    const count = (s: string) => summary.messages.filter((m) => m.severity === s).length;
    const statuses = summary.declarations.map((d) => `${d.name}=${d.status}`).join(', ');
    streams.stdout.write(
      `${file}: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info; build ${summary.build.ok ? 'ok' : 'failed'}${statuses ? `; ${statuses}` : ''}\n`,
    );
  }
  return 0;
};
