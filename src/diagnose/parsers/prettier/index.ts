import { ruleParser } from '../types.js';

/** `prettier --check`: one `[warn] file` per unformatted file, then a summary line. */
export const prettierParser = ruleParser({
  id: 'prettier',
  category: 'lint',
  needles: ['[warn]', '[error]'],
  // The trigger runs on the raw log, before colour codes are stripped: prettier colours the word
  // inside the brackets when stdout is not a TTY but CI is set (`[\x1b[33mwarn\x1b[39m]`).
  trigger: '\\[(?:\\x1b?\\[[\\d;]*m)?warn(?:\\x1b?\\[[\\d;]*m)?\\]',
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
