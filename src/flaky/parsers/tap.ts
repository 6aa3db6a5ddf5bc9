import type { AttemptStatus } from '../classify.js';
import type { TestOutcome } from '../report.js';
import { capText, firstLine, type ResultParser } from './types.js';

interface Pending {
  indent: number;
  name: string;
  status: AttemptStatus;
  yaml: string[];
}

/**
 * TAP 13 as node:test prints it (`--test-reporter=tap`): nested subtests by indentation, a YAML
 * block after each result. A result with results nested under it is a suite, not a test. node 20's
 * JUnit reporter loses "skipped because the name did not match", which TAP keeps; hence TAP.
 */
export const tapParser: ResultParser = {
  id: 'tap',
  description: 'TAP (node --test --test-reporter=tap)',
  detect: (content) =>
    /^TAP version \d+/m.test(content.slice(0, 2000)) ||
    (/^\s*(not )?ok \d+ - /m.test(content.slice(0, 2000)) && /^\s*# Subtest: /m.test(content)),
  parse: (content) => {
    const lines = content.split(/\r?\n/);
    const outcomes: TestOutcome[] = [];
    const stack: string[] = [];
    const deepestResultIndent: number[] = [];
    let pending: Pending | undefined;
    const flush = () => {
      if (pending) outcomes.push(toOutcome(pending, stack));
      pending = undefined;
    };
    for (const line of lines) {
      const indent = line.length - line.trimStart().length;
      const subtest = /^\s*# Subtest: (.*)$/.exec(line);
      if (subtest) {
        flush();
        stack.length = indent / 4;
        stack.push(unescapeTap(subtest[1]!));
        continue;
      }
      const result = /^\s*(not ok|ok) \d+ - (.*?)(?: # (SKIP|TODO)\b.*)?$/.exec(line);
      if (result) {
        flush();
        const level = indent / 4;
        const isSuite = (deepestResultIndent[level + 1] ?? 0) > 0;
        deepestResultIndent[level + 1] = 0;
        deepestResultIndent[level] = (deepestResultIndent[level] ?? 0) + 1;
        const name = unescapeTap(result[2]!);
        if (isSuite) continue;
        const status: AttemptStatus = result[3]
          ? 'skipped'
          : result[1] === 'ok'
            ? 'passed'
            : 'failed';
        pending = { indent, name, status, yaml: [] };
        continue;
      }
      if (pending && indent > pending.indent) pending.yaml.push(line.trim());
      else if (pending && line.trim() !== '') flush();
    }
    flush();
    return outcomes;
  },
};

function unescapeTap(name: string): string {
  return name.replace(/\\#/g, '#').replace(/\\\\/g, '\\');
}

function toOutcome(test: Pending, stack: string[]): TestOutcome {
  const parents = stack.slice(0, test.indent / 4).filter(Boolean);
  const field = (key: string) => {
    const line = test.yaml.find((l) => l.startsWith(`${key}:`));
    return line
      ?.slice(key.length + 1)
      .trim()
      .replace(/^'(.*)'$/, '$1');
  };
  const message = test.status === 'failed' ? firstLine(field('error')) : undefined;
  const location = /^(.*):\d+:\d+$/.exec(field('location') ?? '')?.[1]?.replace(/^file:\/\//, '');
  const details = test.status === 'failed' ? capText(test.yaml.join('\n')) : undefined;
  return {
    name: [...parents, test.name].join(' '),
    classname: parents.join(' '),
    // node prints a location only for failures: a hint for re-runs, not part of the test's key.
    ...(location ? { failureFile: location } : {}),
    status: test.status,
    seconds: Number(field('duration_ms') ?? 0) / 1000,
    ...(message ? { message } : {}),
    ...(details ? { details } : {}),
  };
}
