import { ruleParser } from '../types.js';

/** Gradle: `> Task :x FAILED`, `* What went wrong:`, Kotlin `e: file:l:c msg`, test `Class > test() FAILED`. */
export const gradleParser = ruleParser({
  id: 'gradle',
  category: 'compile',
  needles: ['FAILED', 'FAILURE', 'What went wrong', 'Execution failed', 'e: ', 'Could not'],
  trigger: '\\.kt:\\d',
  rules: [
    { re: /^FAILURE: Build failed with an exception\.$/, weight: 1, cascade: true },
    { re: /^BUILD FAILED in /, weight: 0.5, cascade: true },
    { re: /^\* What went wrong:$/, weight: 1, cascade: true },
    {
      re: /^([\w.$]+) > (.+?)(?:\(\))? FAILED$/,
      weight: 4,
      category: 'test',
      failingTest: (m) => ({ name: `${m[1]}.${m[2]}` }),
    },
    { re: /^> Task (\S+) FAILED$/, weight: 1.5, cascade: true },
    { re: /^\d+ tests completed, \d+ failed/, weight: 1, cascade: true, category: 'test' },
    {
      re: /^Execution failed for task '.*:(?:test|integrationTest)'\.$/,
      weight: 2,
      category: 'test',
    },
    {
      re: /^Execution failed for task '.*:(?:checkstyle\w*|spotless\w*|ktlint\w*|detekt|lint\w*|pmd\w*)'\.$/,
      weight: 3,
      category: 'lint',
    },
    { re: /^Execution failed for task /, weight: 3 },
    { re: /^> There were failing tests\./, weight: 2, category: 'test' },
    {
      re: /^e: (?:file:\/\/)?(\S+?\.kts?):(\d+):(\d+):? (.*)$/,
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: m[4]! }),
    },
    {
      re: /^> Could not resolve (?:all (?:files|dependencies)|[\w.-]+:[\w.-]+)/,
      weight: 4,
      category: 'dependency',
    },
    { re: /^> Could not (?:GET|HEAD|download) '.*'/, weight: 3, category: 'network' },
  ],
});
