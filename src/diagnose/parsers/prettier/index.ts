import { ruleParser } from '../types.js';

/** `prettier --check`: one `[warn] file` per unformatted file, then a summary line. */
export const prettierParser = ruleParser({
  id: 'prettier',
  category: 'lint',
  needles: ['[warn]', '[error]'],
  trigger: '\\[warn\\]',
  rules: [
    {
      re: /^\[warn\] Code style issues (?:found in|were found in)/,
      weight: 3,
    },
    { re: /^\[warn\] (?:Code style|All matched files|.* files? (?:were|was) )/, weight: 0 },
    {
      re: /^\[warn\] (\S+\.[\w]+)$/,
      weight: 3,
      location: (m) => ({ file: m[1]!, line: '1', message: 'not formatted (prettier --check)' }),
    },
    {
      re: /^\[error\] (\S+\.\w+): SyntaxError: (.*?) \((\d+):(\d+)\)/,
      weight: 4,
      category: 'compile',
      location: (m) => ({ file: m[1]!, line: m[3]!, column: m[4]!, message: m[2]! }),
    },
  ],
});
