import { ruleParser } from '../types.js';

/** go build / vet / test: `./file.go:l:c: msg`, `--- FAIL: TestX`, `file_test.go:12: msg`, `FAIL pkg`. */
export const goParser = ruleParser({
  id: 'go',
  category: 'compile',
  needles: ['.go:', 'FAIL', 'panic:'],
  trigger: '\\.go:\\d',
  rules: [
    {
      re: /^\s*--- FAIL: (\S+) \([\d.]+s\)$/,
      weight: 4,
      category: 'test',
      failingTest: (m) => ({ name: m[1]! }),
    },
    {
      re: /^\s+(\S+_test\.go):(\d+): (.*)$/,
      weight: 3,
      category: 'test',
      location: (m) => ({ file: m[1]!, line: m[2]!, message: m[3]! }),
    },
    {
      re: /^(?:vet: )?(\S+?\.go):(\d+):(\d+): (.*)$/,
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: m[4]! }),
    },
    { re: /^panic: (?!.*\[recovered\])/, weight: 3, category: 'test' },
    {
      re: /^FAIL\s+\S+\s+(?:[\d.]+s|\[build failed\]|\[setup failed\])$/,
      weight: 1,
      cascade: true,
      category: 'test',
    },
    { re: /^FAIL$/, weight: 0.5, cascade: true, category: 'test' },
  ],
});
