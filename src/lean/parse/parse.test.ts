import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../test/support/shared-data.js';
import { parseLeanOutput } from './parse.js';

const FIXTURES = path.resolve(__dirname, '../../../test/lean/fixtures');

function corpusFiles(): string[] {
  let root: string;
  try {
    root = path.join(sharedDataDir(), 'lean');
    statSync(root);
  } catch {
    console.warn('⚠ ../shared/data/lean not found: the corpus test is SKIPPED');
    return [];
  }
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : name.endsWith('.md') ? [] : [full];
    });
  return walk(root).sort();
}

/** Counted independently of the parser: one simple regex per header shape. */
function countHeaders(text: string): { error: number; warning: number } {
  const counts = { error: 0, warning: 0 };
  for (const line of text.split('\n')) {
    const lean = /^[^\s:][^:]*:\d+:\d+(?:-\d+:\d+)?: (error|warning)[(:]/.exec(line);
    const reprint = /^(?:Error: )?(error|warning): [^\s:][^:]*:\d+:\d+(?:-\d+:\d+)?: /.exec(line);
    const sev = (lean ?? reprint)?.[1] as 'error' | 'warning' | undefined;
    if (sev) counts[sev]++;
  }
  return counts;
}

const files = corpusFiles();

describe('parseLeanOutput over every recorded file in ../shared/data/lean', () => {
  it('finds the corpus', () => {
    if (files.length === 0) return;
    expect(files.length).toBeGreaterThanOrEqual(100);
  });

  it.each(files.map((f) => [path.relative(path.dirname(path.dirname(f)), f), f]))(
    '%s: errors and warnings match the headers in the text',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      const parsed = parseLeanOutput(text);
      const positioned = parsed.messages.filter((m) => m.line !== undefined);
      const count = (sev: string) => positioned.filter((m) => m.severity === sev).length;
      expect({ error: count('error'), warning: count('warning') }).toEqual(countHeaders(text));
      // Nothing is lost: every non-blank line lands in a message, a target or a build line.
      for (const m of parsed.messages) expect(m.text).not.toMatch(/^\s*$/);
    },
  );
});

describe('parseLeanOutput details', () => {
  const corpus = (rel: string) => readFileSync(path.join(sharedDataDir(), 'lean', rel), 'utf8');

  it('reads end positions and keeps continuation lines', () => {
    const [first] = parseLeanOutput(corpus('elab_fail/1050.lean.out.expected')).messages;
    expect(first).toMatchObject({
      path: '1050.lean',
      line: 7,
      column: 2,
      endLine: 18,
      endColumn: 5,
      severity: 'error',
    });
    expect(first!.text.split('\n')).toHaveLength(4);
    expect(first!.text).toContain('bs : Type u');
  });

  it('reads named errors', () => {
    const messages = parseLeanOutput(corpus('elab_fail/1576.lean.out.expected')).messages;
    expect(messages.map((m) => m.name)).toEqual([
      'lean.unknownIdentifier',
      'lean.unknownIdentifier',
      undefined,
    ]);
    expect(messages[2]!.text).toBe('unsolved goals\n⊢ True');
  });

  it('recognises both sorry wordings', () => {
    const backtick = parseLeanOutput(corpus('elab_fail/1050.lean.out.expected')).messages;
    expect(backtick.filter((m) => m.sorry)).toHaveLength(2);
    const quote = parseLeanOutput(
      readFileSync(path.join(FIXTURES, 'old-sorry-wording.txt'), 'utf8'),
    ).messages;
    expect(quote.map((m) => [m.line, m.sorry])).toEqual([
      [347, true],
      [362, true],
    ]);
  });

  it('keeps header-less info lines as info messages, apart from the warnings around them', () => {
    const messages = parseLeanOutput(corpus('elab/1681.lean.out.expected')).messages;
    expect(messages.map((m) => [m.severity, m.origin, m.text])).toEqual([
      ['info', 'headerless', 'x : Nat\n⊢ Nat'],
      ['warning', 'lean', 'declaration uses `sorry`'],
      ['info', 'headerless', 'x : Nat\n⊢ Nat'],
      ['warning', 'lean', 'declaration uses `sorry`'],
    ]);
  });

  it('reads lake progress, re-prints and the verdict', () => {
    const sample = parseLeanOutput(corpus('lake/mathlib-lake-build-sample.txt'));
    expect(sample.build.ok).toBe(true);
    expect(sample.build.targets.find((t) => t.name === 'MathlibTest.toAdditive')).toMatchObject({
      status: 'failed',
      seconds: 4.2,
    });
    expect(sample.build.targets.find((t) => t.name === 'Mathlib.Algebra.Quandle')).toMatchObject({
      status: 'warning',
      seconds: 7,
    });
    const reprint = sample.messages.find((m) => m.line === 219);
    expect(reprint).toMatchObject({
      origin: 'lake-reprint',
      path: 'MathlibTest/toAdditive.lean',
      column: 60,
      severity: 'error',
    });
    expect(reprint!.text).toBe('invalid {...} notation, structure type expected\n  Name');
    const failed = parseLeanOutput(corpus('lake/lean4-noRelease-direct-fetch-v3.txt'));
    expect(failed.build).toMatchObject({ ok: false, failedTargets: ['dep:release'] });
    const older = parseLeanOutput(corpus('lake/lean4-buildArgs-expected.out.txt'));
    expect(older.build.targets.map((t) => t.name)).toEqual(['Hello', 'hello']);
    const info = parseLeanOutput(corpus('lake/lean4-targets-info-ran.txt'));
    expect(info.messages).toEqual([{ severity: 'info', text: 'Bark!', origin: 'lake' }]);
  });

  it('flags heartbeat timeouts, nested or plain', () => {
    const messages = parseLeanOutput(
      readFileSync(path.join(FIXTURES, 'heartbeats.txt'), 'utf8'),
    ).messages;
    expect(messages.map((m) => [m.line, m.heartbeatTimeout])).toEqual([
      [689, true],
      [262, true],
    ]);
  });

  it('reads lean --json messages', () => {
    const messages = parseLeanOutput(
      readFileSync(path.join(FIXTURES, 'lean-json.txt'), 'utf8'),
    ).messages;
    expect(messages[0]).toMatchObject({
      path: 'x.lean',
      line: 3,
      column: 2,
      endLine: 3,
      endColumn: 9,
      severity: 'error',
      heartbeatTimeout: true,
    });
    expect(messages[1]).toMatchObject({ severity: 'info', text: 'good : Nat' });
  });

  it('reads #print axioms', () => {
    const { axioms } = parseLeanOutput(
      readFileSync(path.join(FIXTURES, 'print-axioms.txt'), 'utf8'),
    );
    expect(axioms).toEqual([
      { declaration: 'T.p', axioms: ['propext', 'Quot.sound'] },
      { declaration: 'T.q', axioms: ['propext', 'sorryAx'] },
      { declaration: 'T.r', axioms: [] },
    ]);
  });
});
