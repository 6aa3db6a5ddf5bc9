import { ruleParser } from '../types.js';

/** cargo / rustc / clippy: `error[E0425]: msg` then ` --> file:l:c`; test `... FAILED`, panics. */
export const cargoParser = ruleParser({
  id: 'cargo',
  category: 'compile',
  needles: ['error', '-->', 'FAILED', 'panicked', 'test result'],
  trigger: '\\.rs:\\d',
  rules: [
    { re: /^error: could not compile `/, weight: 1, cascade: true },
    { re: /^error: aborting due to/, weight: 0.5, cascade: true },
    {
      re: /^error(?:\[E\d{4}\])?: (?:this|used|unneeded|redundant|you|called).*$/,
      weight: 3,
      category: 'lint',
    },
    { re: /^error\[E\d{4}\]: /, weight: 4 },
    { re: /^error: (?!test failed|\d+ targets? failed)/, weight: 3 },
    {
      re: /^\s*--> (\S+?\.rs):(\d+):(\d+)$/,
      weight: 2,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: 'rustc error' }),
    },
    {
      re: /^test (\S+) \.\.\. FAILED$/,
      weight: 3,
      category: 'test',
      failingTest: (m) => ({ name: m[1]! }),
    },
    {
      re: /^thread '(.+?)' panicked at (?:'.*?', )?(\S+?\.rs):(\d+):(\d+):?/,
      weight: 4,
      category: 'test',
      location: (m) => ({ file: m[2]!, line: m[3]!, column: m[4]!, message: `panic in ${m[1]}` }),
    },
    { re: /^test result: FAILED\./, weight: 1, cascade: true, category: 'test' },
    { re: /^error: test failed, to rerun pass/, weight: 1, cascade: true, category: 'test' },
  ],
});
