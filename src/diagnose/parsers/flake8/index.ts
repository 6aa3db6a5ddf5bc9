import { ruleParser } from '../types.js';

/** flake8 (pycodestyle/pyflakes codes): `./file.py:line:col: E501 message`. */
export const flake8Parser = ruleParser({
  id: 'flake8',
  category: 'lint',
  needles: ['.py:'],
  trigger: '\\.py:\\d',
  rules: [
    {
      re: /^(\S+?\.py):(\d+):(\d+): ([EWFCN]\d{3}|[A-Z]{1,3}\d{3}) (.*)$/,
      weight: 3,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: `${m[4]} ${m[5]}` }),
    },
  ],
});
