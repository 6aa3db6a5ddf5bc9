import { ruleParser } from '../types.js';

/** jest: ` FAIL  file`, `● suite › test`, `✕ test (5 ms)`, stack frames `at ... (file:line:col)`, totals. */
export const jestParser = ruleParser({
  id: 'jest',
  category: 'test',
  needles: ['●', '✕', 'FAIL', 'Tests:', 'at '],
  rules: [
    { re: /^\s*● Test suite failed to run/, weight: 4, category: 'compile' },
    {
      re: /^\s*● (.+ › .+|[^›]+)$/,
      weight: 4,
      failingTest: (m) => ({ name: m[1]!.trim() }),
    },
    {
      re: /^\s*✕ (.+?)(?: \(\d+ ms\))?$/,
      weight: 2,
      failingTest: (m) => ({ name: m[1]! }),
    },
    { re: /^\s*FAIL\s+(\S+\.[cm]?[jt]sx?)(?:\s+\(\d.*\))?$/, weight: 3 },
    {
      re: /^\s+at (?:.+? \()?((?!node:|internal\/)[^()\s]*?(?:test|spec)[^()\s]*\.[cm]?[jt]sx?):(\d+):(\d+)\)?$/,
      weight: 1,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: 'failing test frame' }),
    },
    { re: /^Tests:\s+\d+ failed/, weight: 1, cascade: true },
  ],
});
