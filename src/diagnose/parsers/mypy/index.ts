import { ruleParser } from '../types.js';

/** mypy: `file.py:line: error: message  [code]` and `Found N errors in M files`. */
export const mypyParser = ruleParser({
  id: 'mypy',
  category: 'type-check',
  needles: [': error:', 'Found '],
  rules: [
    {
      re: /^(\S+?\.pyi?):(\d+)(?::(\d+))?: error: (.*?)(?:\s+\[[\w-]+\])?$/,
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3], message: m[4]! }),
    },
    {
      re: /^Found \d+ errors? in \d+ files? \(checked \d+ source files?\)$/,
      weight: 1,
      cascade: true,
    },
  ],
});
