import { ruleParser } from '../types.js';

/** make: `make: *** [target] Error 2` is a consequence; `No rule to make target` is the cause. */
export const makeParser = ruleParser({
  id: 'make',
  category: 'compile',
  needles: ['make', '***'],
  trigger: 'No rule to make target',
  rules: [
    { re: /^g?make(?:\[\d+\])?: \*\*\* No rule to make target/, weight: 4, category: 'config' },
    { re: /^g?make(?:\[\d+\])?: \*\*\* .*Error \d+/, weight: 1, cascade: true },
    {
      re: /^(\S*Makefile\S*):(\d+): \*\*\* (.*)\.\s+Stop\.$/,
      weight: 4,
      category: 'config',
      location: (m) => ({ file: m[1]!, line: m[2]!, message: m[3]! }),
    },
  ],
});
