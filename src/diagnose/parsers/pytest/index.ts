import { ruleParser } from '../types.js';

/** pytest: `FAILED path::test - msg`, `E   ` assertion lines, `path:line: Error` frames, collection errors. */
export const pytestParser = ruleParser({
  id: 'pytest',
  category: 'test',
  needles: ['FAILED', 'ERROR', 'E ', 'failed', 'Error', '.py:'],
  rules: [
    {
      re: /^(?:FAILED|\S+ FAILED) ?(\S+?\.py)::(\S+?)(?: - (.*))?$/,
      weight: 4,
      failingTest: (m) => ({ name: m[2]!, file: m[1]!, message: m[3] }),
    },
    {
      re: /^(\S+?\.py)::(\S+) FAILED(?:\s+\[.*\])?$/,
      weight: 3,
      failingTest: (m) => ({ name: m[2]!, file: m[1]! }),
    },
    {
      re: /^ERROR (\S+?\.py)(?:::(\S+))? - (.*)$/,
      weight: 4,
      category: 'compile',
      failingTest: (m) => ({ name: m[2] ?? m[1]!, file: m[1]!, message: m[3] }),
    },
    { re: /^E {3,}(\S.*)$/, weight: 3 },
    {
      re: /^(\S+?\.py):(\d+): (\w*(?:Error|Exception|Failed|Failure|Interrupt)\w*)$/,
      weight: 2,
      location: (m) => ({ file: m[1]!, line: m[2]!, message: m[3]! }),
    },
    { re: /^_{3,} ERROR collecting (\S+) _{3,}$/, weight: 3, category: 'compile' },
    { re: /^=+ .*\b\d+ (?:failed|errors?)\b.* in [\d.]+s.*=+$/, weight: 1, cascade: true },
    { re: /^=+ (?:FAILURES|ERRORS) =+$/, weight: 1, cascade: true },
  ],
});
