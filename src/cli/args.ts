import { ConfigError } from '../platform/errors.js';

export interface ParsedArgs {
  options: Record<string, string>;
  positionals: string[];
  help: boolean;
  format: 'text' | 'json';
}

/** `--name value`, `--name=value`, bare `--flag` (= "true"), `--` ends options. */
export function parseArgs(argv: string[]): ParsedArgs {
  const options: Record<string, string> = {};
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) {
        options[arg.slice(2, eq)] = arg.slice(eq + 1);
      } else {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) options[arg.slice(2)] = 'true';
        else {
          options[arg.slice(2)] = next;
          i++;
        }
      }
    } else {
      positionals.push(arg);
    }
  }
  const format = options.format ?? 'text';
  delete options.format;
  if (format !== 'text' && format !== 'json') {
    throw new ConfigError(`option --format got ${JSON.stringify(format)}; accepted: text | json`);
  }
  return { options, positionals, help, format };
}
