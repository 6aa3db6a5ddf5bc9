import { ruleParser } from '../types.js';

/** node:test: TAP (`not ok N - name`, YAML with `location:`) and the spec reporter's `✖ name`. */
export const nodeTestParser = ruleParser({
  id: 'node-test',
  category: 'test',
  needles: ['not ok', '✖', 'location:', '# fail'],
  trigger: 'not ok ',
  rules: [
    {
      re: /^\s*not ok \d+ - (.+?)(?: # .*)?$/,
      weight: 4,
      failingTest: (m) => ({ name: m[1]! }),
    },
    {
      re: /^\s*location: '(.+?):(\d+):(\d+)'$/,
      weight: 1,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: 'failing test' }),
    },
    { re: /^# fail [1-9]\d*$/, weight: 1, cascade: true },
    { re: /^\s*✖ failing tests:$/, weight: 1, cascade: true },
    {
      re: /^\s*✖ (.+?) \(\d+(?:\.\d+)?ms\)$/,
      weight: 3,
      failingTest: (m) => ({ name: m[1]! }),
    },
  ],
});
