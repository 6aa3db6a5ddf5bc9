import { ruleParser } from '../types.js';

/** mocha (spec reporter): `N failing`, then `1) suite test:` blocks with the assertion and stack. */
export const mochaParser = ruleParser({
  id: 'mocha',
  category: 'test',
  needles: ['failing', ') ', 'Error'],
  rules: [
    { re: /^\s*\d+ failing$/, weight: 2, cascade: true },
    {
      re: /^ {2}\d+\) (.+?):?$/,
      weight: 3,
      failingTest: (m) => ({ name: m[1]! }),
    },
    { re: /^\s+(?:AssertionError|Error)(?: \[ERR_ASSERTION\])?: (.+)$/, weight: 3 },
  ],
});
