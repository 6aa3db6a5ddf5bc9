import { describe, expect, it } from 'vitest';
import { ConfigError } from './errors.js';
import { envInputSource, exceeds, Inputs, mapInputSource, parseDuration } from './inputs.js';

const inputs = (values: Record<string, string>) => new Inputs(mapInputSource(values));

function configMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('Inputs', () => {
  it('reads INPUT_* the way the runner names them', () => {
    const source = envInputSource({ 'INPUT_MAX-ATTEMPTS': '5', INPUT_MY_INPUT: 'x' });
    expect(source('max-attempts')).toBe('5');
    expect(source('my input')).toBe('x');
  });

  it('names the missing required input', () => {
    expect(configMessage(() => inputs({}).required('diagnosis'))).toBe(
      'Input required and not supplied: diagnosis',
    );
    expect(configMessage(() => inputs({ diagnosis: '   ' }).required('diagnosis'))).toContain(
      'diagnosis',
    );
  });

  it('parses booleans and says what is accepted', () => {
    expect(inputs({ a: 'ON' }).bool('a', false)).toBe(true);
    expect(inputs({}).bool('a', true)).toBe(true);
    expect(configMessage(() => inputs({ dry: 'maybe' }).bool('dry', false))).toBe(
      'Input dry got "maybe"; accepted: true or false (also on/off, yes/no)',
    );
  });

  it('checks integers and their range', () => {
    expect(inputs({ n: '3' }).int('n', 1, { min: 1 })).toBe(3);
    expect(configMessage(() => inputs({ n: '3.5' }).int('n', 1))).toContain(
      'accepted: a whole number',
    );
    expect(configMessage(() => inputs({ n: '0' }).int('n', 1, { min: 1, max: 9 }))).toBe(
      'Input n got "0"; accepted: a whole number from 1 to 9',
    );
  });

  it('accepts one of a set, case-insensitively', () => {
    expect(
      inputs({ mode: 'SHADOW' }).oneOf('mode', ['enforce', 'shadow'] as const, 'enforce'),
    ).toBe('shadow');
    expect(
      configMessage(() =>
        inputs({ mode: 'loud' }).oneOf('mode', ['enforce', 'shadow'] as const, 'enforce'),
      ),
    ).toBe('Input mode got "loud"; accepted: enforce | shadow');
  });

  it('splits lists and drops comments', () => {
    expect(inputs({ l: 'a, b\n# note\n\nc' }).list('l')).toEqual(['a', 'b', 'c']);
    expect(inputs({ l: 'npm test -- --a,b\nnpm run lint' }).lines('l')).toEqual([
      'npm test -- --a,b',
      'npm run lint',
    ]);
  });

  it('parses durations', () => {
    expect(parseDuration('90')).toBe(90_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('soon')).toBeUndefined();
    expect(configMessage(() => inputs({ timeout: '5 minutes' }).duration('timeout', 1))).toContain(
      'Input timeout got "5 minutes"',
    );
  });

  it('reads a count or a percentage', () => {
    const i = inputs({ a: '10%', b: '4', c: '150%' });
    expect(i.countOrPercent('a', { kind: 'count', value: 1 })).toEqual({
      kind: 'percent',
      value: 10,
    });
    expect(i.countOrPercent('b', { kind: 'count', value: 1 })).toEqual({ kind: 'count', value: 4 });
    expect(configMessage(() => i.countOrPercent('c', { kind: 'count', value: 1 }))).toContain(
      'a percentage such as 10%',
    );
    expect(exceeds({ kind: 'percent', value: 10 }, 11, 100)).toBe(true);
    expect(exceeds({ kind: 'percent', value: 10 }, 10, 100)).toBe(false);
    expect(exceeds({ kind: 'count', value: 3 }, 4, 1000)).toBe(true);
  });

  it('reports invalid JSON with the input name', () => {
    expect(configMessage(() => inputs({ cfg: '{nope' }).json('cfg'))).toMatch(
      /^Input cfg got "\{nope"; accepted: valid JSON/,
    );
  });
});
