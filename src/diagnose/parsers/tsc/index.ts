import { ruleParser } from '../types.js';

/** TypeScript compiler: `file(line,col): error TSxxxx:` and the `--pretty` form `file:line:col - error`. */
export const tscParser = ruleParser({
  id: 'tsc',
  category: 'type-check',
  needles: ['error TS'],
  rules: [
    {
      re: /^\s*(\S.*?\.[cm]?[jt]sx?)\((\d+),(\d+)\): error (TS\d+: .*)$/,
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: m[4]! }),
    },
    {
      re: /^\s*(\S.*?\.[cm]?[jt]sx?):(\d+):(\d+) - error (TS\d+: .*)$/,
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: m[4]! }),
    },
    { re: /^\s*error TS(?:5\d{3}|6\d{3}): /, weight: 3, category: 'config' },
    { re: /\berror TS\d+: /, weight: 3 },
    { re: /^Found \d+ errors? in \d+ files?\.?$/, weight: 1, cascade: true },
  ],
});
