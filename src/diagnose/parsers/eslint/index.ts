import type { LogParser } from '../types.js';
import { findingFrom } from '../types.js';

const STYLISH = /^\s+(\d+):(\d+)\s+error\s+(.+?)(?:\s{2,}(\S+))?$/;
const UNIX = /^(\S.*?\.(?:[cm]?[jt]sx?|vue|svelte|json|md)):(\d+):(\d+): (.+?) \[Error\/(\S+)\]$/;
const SUMMARY = /^\s*[✖×] \d+ problems? \(\d+ errors?, \d+ warnings?\)/;
const HEADER = /^(\/|[A-Za-z]:\\|\.{0,2}\/?[\w@.-]+\/)\S*\.(?:[cm]?[jt]sx?|vue|svelte)$/;

/** ESLint: the default `stylish` format (file header, then `line:col  error  message  rule`), and `unix`. */
export const eslintParser: LogParser = {
  id: 'eslint',
  category: 'lint',
  needles: ['error', 'problem'],
  parseLine(text, context) {
    const unix = UNIX.exec(text);
    if (unix) {
      return findingFrom(
        'eslint',
        'lint',
        {
          weight: 4,
          location: (m) => ({
            file: m[1]!,
            line: m[2]!,
            column: m[3]!,
            message: `${m[4]} (${m[5]})`,
          }),
        },
        unix,
      );
    }
    if (SUMMARY.test(text)) return { tool: 'eslint', category: 'lint', weight: 1, cascade: true };
    const stylish = STYLISH.exec(text);
    if (!stylish) return undefined;
    // The file is the nearest header line above: stylish prints it once per file.
    let file: string | undefined;
    for (const previous of context.previousLines(60)) {
      const trimmed = previous.trim();
      if (HEADER.test(trimmed)) {
        file = trimmed;
        break;
      }
      if (trimmed !== '' && !/^\d+:\d+\s/.test(trimmed)) break;
    }
    if (!file) return undefined;
    const message = stylish[4] ? `${stylish[3]} (${stylish[4]})` : stylish[3]!;
    return findingFrom(
      'eslint',
      'lint',
      {
        weight: 4,
        location: () => ({ file: file!, line: stylish[1]!, column: stylish[2]!, message }),
      },
      stylish,
    );
  },
};
