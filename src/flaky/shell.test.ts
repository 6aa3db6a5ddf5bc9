import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  appendArgs,
  escapeRegex,
  quoteMetaGo,
  shellJoin,
  shellQuote,
  splitCommand,
} from './shell.js';

const NASTY = [
  `it's "quoted"`,
  'a b\tc',
  '$HOME `id` $(id)',
  'x|y;z&&w',
  'back\\slash',
  '[a-b]*?',
  '',
  'ünïcødé',
];

describe('shell quoting', () => {
  it('every argument reaches the program byte for byte through a real sh', () => {
    const printed = execFileSync('/bin/sh', ['-c', `printf '%s\\n' ${shellJoin(NASTY)}`], {
      encoding: 'utf8',
    });
    expect(printed.split('\n').slice(0, -1)).toEqual(NASTY);
  });

  it('splitCommand reads back what shellJoin wrote, and refuses shell syntax it cannot rewrite safely', () => {
    expect(
      splitCommand(`npx vitest run ${shellQuote(NASTY[0]!)} ${shellQuote(NASTY[3]!)}`),
    ).toEqual(['npx', 'vitest', 'run', NASTY[0], NASTY[3]]);
    expect(splitCommand('npm test && echo done')).toBeUndefined();
    expect(splitCommand('pytest "$ARGS"')).toBeUndefined();
  });

  it('appendArgs puts -- after npm test / npm run, not after npx', () => {
    expect(appendArgs('npm test', ['-t', 'a b'])).toBe("npm test -- -t 'a b'");
    expect(appendArgs('npm run test:unit', ['--json'])).toBe('npm run test:unit -- --json');
    expect(appendArgs('npm test -- --ci', ['--json'])).toBe('npm test -- --ci --json');
    expect(appendArgs('npx jest', ['--json'])).toBe('npx jest --json');
  });

  it('regex escaping: JS matches the literal; Go QuoteMeta leaves / for -run levels', () => {
    const name = 'a.b*c+d?e(f)[g]{h}|i^j$k\\l/m';
    expect(new RegExp(`^${escapeRegex(name)}$`).test(name)).toBe(true);
    expect(new RegExp(`^${escapeRegex(name)}$`).test(name.replace('.', 'X'))).toBe(false);
    expect(quoteMetaGo('a/b.c')).toBe('a/b\\.c');
  });
});
