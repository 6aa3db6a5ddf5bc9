import { ruleParser } from '../types.js';

const JAVA = '(\\S+?\\.(?:java|kt|scala|groovy))';

/** Maven with javac and surefire/failsafe: compiler errors, `<<< FAILURE!`, resolution failures. */
export const mavenParser = ruleParser({
  id: 'maven',
  category: 'compile',
  needles: ['[ERROR]', 'ERROR', 'FAIL', 'Tests run:', 'Tests in error', '.java'],
  rules: [
    {
      re: new RegExp(`^\\[ERROR\\] ${JAVA}:\\[(\\d+),(\\d+)\\] (.*)$`),
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: m[4]! }),
    },
    {
      re: new RegExp(`^${JAVA}:(\\d+): error: (.*)$`),
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2]!, message: m[3]! }),
    },
    { re: /^\[ERROR\] COMPILATION ERROR/, weight: 3 },
    {
      re: /^\[ERROR\] Failed to execute goal .*(?:Could not resolve dependencies|Could not find artifact|Failed to collect dependencies|Non-resolvable)/,
      weight: 3,
      category: 'dependency',
    },
    {
      re: /(?:Could not transfer artifact|Connection (?:timed out|reset|refused)|Connect to \S+ failed|Unknown host)/,
      weight: 3,
      category: 'network',
    },
    {
      re: /^\[ERROR\] Failed to execute goal .*(?:surefire|failsafe).*There are test failures/,
      weight: 1,
      cascade: true,
      category: 'test',
    },
    {
      re: /^\[ERROR\] Failed to execute goal .*(?:checkstyle|spotless|pmd|spotbugs|enforcer|license|formatter)/,
      weight: 3,
      category: 'lint',
    },
    { re: /^\[ERROR\] Failed to execute goal .*Compilation failure/, weight: 2, cascade: true },
    { re: /^\[ERROR\] Failed to execute goal /, weight: 2 },
    {
      re: /^(?:\[ERROR\] )?(\w+)\(([\w.$]+)\)\s+Time elapsed: .*<<< (?:FAILURE|ERROR)!$/,
      weight: 4,
      category: 'test',
      failingTest: (m) => ({ name: `${m[2]}.${m[1]}` }),
    },
    {
      re: /^(?:\[ERROR\] )?([\w.$]+)\.(\w+)(?:\(\))?\s+(?:--|Time elapsed:) .*<<< (?:FAILURE|ERROR)!$/,
      weight: 4,
      category: 'test',
      failingTest: (m) => ({ name: `${m[1]}.${m[2]}` }),
    },
    {
      re: /^(?:\[(?:ERROR|INFO)\] )?Tests run: \d+, Failures: (?:[1-9]\d*, Errors: \d+|\d+, Errors: [1-9]\d*).*<<< (?:FAILURE|ERROR)!/,
      weight: 2,
      category: 'test',
    },
    {
      re: /^(?:\[(?:ERROR|INFO|WARNING)\] )?Tests run: \d+, Failures: 0, Errors: 0/,
      weight: 0,
      category: 'test',
    },
    {
      re: /^(?:\[(?:ERROR|INFO)\] )?Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+$/,
      weight: 1,
      cascade: true,
      category: 'test',
    },
    {
      re: /^(?:\[ERROR\] )?\s+([\w$]+)\.(\w+):(\d+) (.*)$/,
      weight: 3,
      category: 'test',
      failingTest: (m) => ({ name: `${m[1]}.${m[2]}`, line: Number(m[3]), message: m[4] }),
    },
    {
      re: /^(?:\[ERROR\] )?(?:Failed tests|Tests in error|Failures|Errors):\s*$/,
      weight: 2,
      category: 'test',
    },
    {
      re: /^\[ERROR\] (?:-> \[Help 1\]|To see the full stack trace|Re-run Maven using|For more information about the errors|\[Help 1\] http|$)/,
      weight: 0.5,
      cascade: true,
    },
    { re: /^\[INFO\] BUILD FAILURE$/, weight: 1, cascade: true },
  ],
});
