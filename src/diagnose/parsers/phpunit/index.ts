import { ruleParser } from '../types.js';

/** PHPUnit: `There was 1 failure:`, `1) Class::test`, `Failed asserting ...`, `/path/Test.php:12`, `FAILURES!`. */
export const phpunitParser = ruleParser({
  id: 'phpunit',
  category: 'test',
  needles: ['::', 'FAILURES!', 'ERRORS!', 'Failed asserting', 'There w', '.php:'],
  trigger: '\\.php:\\d',
  rules: [
    {
      re: /^\d+\) ([\w\\]+::\w+)(?: with data set .*)?$/,
      weight: 4,
      failingTest: (m) => ({ name: m[1]! }),
    },
    { re: /^Failed asserting that /, weight: 3 },
    {
      re: /^(\/\S+?Test\.php):(\d+)$/,
      weight: 2,
      location: (m) => ({ file: m[1]!, line: m[2]!, message: 'failing test' }),
    },
    { re: /^There (?:was|were) \d+ (?:failures?|errors?):$/, weight: 2 },
    { re: /^(?:FAILURES|ERRORS)!$/, weight: 1, cascade: true },
    {
      re: /^PHP (?:Fatal error|Parse error):\s+(.*?) in (\S+\.php)(?: on line |:)(\d+)/,
      weight: 4,
      category: 'compile',
      location: (m) => ({ file: m[2]!, line: m[3]!, message: m[1]! }),
    },
  ],
});
