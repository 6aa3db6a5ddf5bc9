import { ruleParser } from '../types.js';

/** vitest: ` FAIL  file > suite > test`, ` × file > test`, ` ❯ file:line:col` and the totals. */
export const vitestParser = ruleParser({
  id: 'vitest',
  category: 'test',
  needles: ['FAIL', '×', '❯', 'Test Files', 'Tests ', 'failed'],
  rules: [
    {
      re: /^\s*FAIL\s+(\S+\.(?:test|spec)\.[cm]?[jt]sx?) > (.+?)(?:\s+\d+ms)?$/,
      weight: 4,
      failingTest: (m) => ({ name: m[2]!, file: m[1]! }),
    },
    {
      re: /^\s*[×✗]\s+(\S+\.(?:test|spec)\.[cm]?[jt]sx?) > (.+?)(?:\s+\d+ms)?$/,
      weight: 3,
      failingTest: (m) => ({ name: m[2]!, file: m[1]! }),
    },
    {
      re: /^\s*❯\s+(\S+\.[cm]?[jt]sx?):(\d+):(\d+)\s*$/,
      weight: 2,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: 'failing assertion' }),
    },
    { re: /^\s*(?:Test Files|Tests)\s+\d+ failed/, weight: 1, cascade: true },
  ],
});
