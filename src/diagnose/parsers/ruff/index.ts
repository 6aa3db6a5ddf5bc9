import { ruleParser } from '../types.js';

/** ruff check: `file.py:l:c: CODE [*] message` (concise) or `CODE message` then ` --> file:l:c` (full). */
export const ruffParser = ruleParser({
  id: 'ruff',
  category: 'lint',
  needles: ['.py', 'Found ', '-->', 'Would reformat'],
  trigger: 'Would reformat',
  rules: [
    {
      re: /^(\S+?\.pyi?):(\d+):(\d+): ([A-Z]+\d+) \[\*\] (.*)$/,
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: `${m[4]} ${m[5]}` }),
    },
    {
      re: /^(\S+?\.pyi?):(\d+):(\d+): ((?:RUF|UP|SIM|PL[CERW]|PT|B|I|ARG|PERF|TRY|ANN|D)\d+) (.*)$/,
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: `${m[4]} ${m[5]}` }),
    },
    {
      re: /^\s*--> (\S+?\.pyi?):(\d+):(\d+)$/,
      weight: 3,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: 'ruff finding' }),
    },
    {
      re: /^Would reformat: (\S+)$/,
      weight: 3,
      location: (m) => ({ file: m[1]!, line: '1', message: 'not formatted (ruff format --check)' }),
    },
    { re: /^Found \d+ errors?\.?(?: \[\*\] .*)?$/, weight: 1, cascade: true },
  ],
});
