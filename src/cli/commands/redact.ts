import { parseArgs } from '../args.js';
import type { CliCommand } from '../streams.js';
import { redactSecrets } from '../../secrets/index.js';

const HELP = `kintsugi redact [--findings]

Reads standard input and writes it to standard output with every secret replaced by a marker
naming its rule, e.g. [REDACTED:github-pat]. The rules are the ones the model client and
risk-gate's secret detector use. --findings also lists rule, line and column on standard error.
Exit status 0.
`;

/** `kintsugi redact`: the shared secret rule set as a filter (stdin → stdout). */
export const redactCommand: CliCommand = async (argv, streams) => {
  const { options, help } = parseArgs(argv);
  if (help) {
    streams.stdout.write(HELP);
    return 0;
  }
  const input = await readAll(streams.stdin);
  const { text, findings } = redactSecrets(input);
  streams.stdout.write(text);
  if (options.findings === 'true') {
    for (const f of findings) streams.stderr.write(`${f.line}:${f.column} ${f.rule} ${f.match}\n`);
    streams.stderr.write(`${findings.length} secret(s) redacted\n`);
  }
  return 0;
};

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
