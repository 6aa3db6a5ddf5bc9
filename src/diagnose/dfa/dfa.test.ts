import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../test/support/shared-data.js';
import { rawTimestampEnd } from '../scanner.js';
import { dispatchPatterns, rawDispatchPatterns, triggerSource } from '../parsers/registry.js';
import { ANSI } from '../normalise.js';
import { RAW_LINE_PARTS } from '../quick-noise.js';
import { LineAutomaton } from './automaton.js';
import { ByteEngine, scanFunctionsInJs } from './byte-engine.js';
import { compileAutomaton, type PatternSpec } from './compile.js';
import { generatedTables } from './generate.js';
import { matchPrefixes, passes } from './prefilter.js';
import { compiledAutomaton, triggerPrefilterMasks } from './tables.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Lines to compare on: the parsers' fixtures, plus every real CI log when the corpora are here. */
function corpusFiles(): string[] {
  const files = readdirSync(path.join(here, '../../../test/diagnose/fixtures/parsers')).map((f) =>
    path.join(here, '../../../test/diagnose/fixtures/parsers', f),
  );
  try {
    const root = path.join(sharedDataDir(), 'ci-logs', 'cidiff-breakages');
    for (const name of readdirSync(root)) {
      if (!name.includes('_')) continue;
      files.push(path.join(root, name, 'fail.log'), path.join(root, name, 'pass.log'));
    }
  } catch {
    console.warn('SKIPPED part: ../shared/data is absent; only the fixtures are compared');
  }
  return files;
}

const TRICKY = [
  'ERROR in foo',
  'xx Failures: 0, Errors: 0',
  '[INFO] ok',
  ' [INFO] not at the start',
  'not ok 3 - thing',
  'it is ok.',
  'MyError.java:12',
  '✖ [lint] failed ×',
  '● Suite › test',
  '   at Foo.bar(FooTest.java:3)',
  '\t\tat x.y(Z.java:1)',
  'The job running on runner abc has exceeded the maximum execution time',
  'Killed      by signal 9',
  'npm ERR! code ERESOLVE',
  '2024-05-01T10:00:00.123Z Error: x',
  '\x1b[31mFAIL\x1b[0m src/a.test.ts',
  'café error TS2304',
];

function regexOf(p: PatternSpec): RegExp {
  return new RegExp(p.anchored ? `^(?:${p.source})` : p.source, p.flags ?? '');
}

/** For every line: exact patterns agree with their regex; the others never miss a match. */
function checkAgainstRegexes(
  patterns: readonly PatternSpec[],
  bitsOf: (line: string, buffer: Buffer) => number,
  exact: readonly boolean[],
  decode: 'utf8' | 'latin1',
): number {
  const regexes = patterns.map(regexOf);
  let lines = 0;
  const all = [...TRICKY.map((l) => Buffer.from(l, 'utf8'))];
  for (const file of corpusFiles()) {
    const data = readFileSync(file);
    let start = 0;
    for (let end = data.indexOf(10); start < data.length; end = data.indexOf(10, start)) {
      if (end === -1) end = data.length;
      all.push(data.subarray(start, end));
      start = end + 1;
    }
  }
  const mismatches: string[] = [];
  const seen = new Set<string>();
  for (const buffer of all) {
    const line = buffer.toString(decode);
    if (seen.has(line)) continue;
    seen.add(line);
    const bits = bitsOf(line, buffer);
    regexes.forEach((re, i) => {
      const bit = (bits & (1 << i)) !== 0;
      // No bit may miss a match; only an inexact pattern's bit may be set without one.
      const supersetAllowed = bit && !exact[i];
      if (!supersetAllowed && bit !== re.test(line))
        mismatches.push(`/${re.source}/ bit ${bit} on ${JSON.stringify(line)}`);
    });
    lines++;
  }
  expect(mismatches.slice(0, 10)).toEqual([]);
  return lines;
}

describe('compileAutomaton', () => {
  it('matches exactly what literal, class and anchored patterns match', () => {
    const patterns: PatternSpec[] = [
      { source: 'err(?:or)?' },
      { source: '\\[INFO\\]', anchored: true },
      { source: 'Tests? run: \\d+' },
      { source: '[Tt]imed? ?out' },
    ];
    const automaton = new LineAutomaton(compileAutomaton(patterns, { maxCharacter: 0xffff }));
    expect(automaton.compiled.exact).toEqual([true, true, true, true]);
    expect(automaton.match('an error here')).toBe(0b0001);
    expect(automaton.match('[INFO] Tests run: 3')).toBe(0b0110);
    expect(automaton.match('x [INFO] late')).toBe(0);
    expect(automaton.match('timed out, Time out, timeout')).toBe(0b1000);
    expect(automaton.match('Tests run: x')).toBe(0);
    expect(automaton.match('')).toBe(0);
  });

  it('marks patterns with assertions or cut repeats inexact and finds a superset for them', () => {
    const a = compileAutomaton(
      [{ source: '\\bok\\b' }, { source: 'Killed\\s+.*signal 9', truncateRepeats: true }],
      { maxCharacter: 0xffff },
    );
    expect(a.exact).toEqual([false, false]);
    const automaton = new LineAutomaton(a);
    expect(automaton.match('token')).toBe(0b01); // superset: the regex confirms
    expect(automaton.match('Killed')).toBe(0b10);
  });

  it('refuses what it cannot do faithfully, saying which pattern', () => {
    expect(() => compileAutomaton([{ source: 'a*' }], { maxCharacter: 0xffff })).toThrow(
      /matches the empty string/,
    );
    expect(() =>
      compileAutomaton([{ source: '[^a]b' }], { maxCharacter: 0xff, byteSafe: true }),
    ).toThrow(/pattern 0 .*non-ASCII bytes/);
    expect(() =>
      compileAutomaton([{ source: 'a.*b.*c.*d' }, { source: 'e.*f.*g' }], {
        maxCharacter: 0xffff,
        maxStates: 5,
      }),
    ).toThrow(/more than 5 states/);
    expect(() => compileAutomaton([], { maxCharacter: 0xff })).toThrow(/1 to 31 patterns/);
  });
});

describe('the shipped automata', () => {
  it('are current: tables.generated.ts is what npm run generate writes', async () => {
    const file = await readFile(path.join(here, 'tables.generated.ts'), 'utf8');
    expect(file === (await generatedTables()), 'run npm run generate').toBe(true);
  });

  it('dispatch: one bit per parser with needles in the line, as the needle regexes say', () => {
    const patterns = dispatchPatterns();
    const compiled = compiledAutomaton('dispatch', patterns);
    const automaton = new LineAutomaton(compiled);
    const lines = checkAgainstRegexes(patterns, (l) => automaton.match(l), compiled.exact, 'utf8');
    expect(lines).toBeGreaterThan(TRICKY.length);
  });

  it('raw dispatch over UTF-8 bytes gives the bits dispatch gives over the decoded text', () => {
    const patterns = dispatchPatterns();
    const raw = compiledAutomaton('rawdispatch', rawDispatchPatterns());
    const engine = new ByteEngine(compiledAutomaton('trigger', [{ source: triggerSource() }]), [
      raw,
    ]);
    checkAgainstRegexes(
      patterns,
      (_, buffer) => {
        engine.scan(buffer);
        return engine.bits(0, 0, buffer.length);
      },
      raw.exact,
      'utf8',
    );
  });

  it('raw line: noise parts, unclean lines and frames over latin1, as their regexes say', () => {
    const compiled = compiledAutomaton('rawline', RAW_LINE_PARTS);
    const engine = new ByteEngine(compiledAutomaton('trigger', [{ source: triggerSource() }]), [
      compiled,
    ]);
    checkAgainstRegexes(
      RAW_LINE_PARTS,
      (_, buffer) => {
        engine.scan(buffer);
        return engine.bits(0, 0, buffer.length);
      },
      compiled.exact,
      'latin1',
    );
  });
});

describe('ByteEngine', () => {
  const trigger = new RegExp(triggerSource());
  const masks = triggerPrefilterMasks(triggerSource());
  const engine = new ByteEngine(
    compiledAutomaton('trigger', [{ source: triggerSource() }]),
    [],
    masks,
  );
  const unfiltered = new ByteEngine(
    compiledAutomaton('trigger', [{ source: triggerSource() }]),
    [],
  );

  /** [start, end, line index] of each line of `data` the trigger regex matches (latin1). */
  function expectedHits(data: Buffer): [number, number, number][] {
    const expected: [number, number, number][] = [];
    let offset = 0;
    data
      .toString('latin1')
      .split('\n')
      .forEach((line, i) => {
        if (trigger.test(line)) expected.push([offset, offset + line.length, i]);
        offset += line.length + 1;
      });
    return expected;
  }

  function hitsOf(
    e: ByteEngine,
    data: Buffer,
  ): { got: [number, number, number][]; newlines: number } {
    const hits = e.scan(data);
    const got: [number, number, number][] = [];
    for (let i = 0; i < hits.count; i++)
      got.push([hits.lines[i * 3]!, hits.lines[i * 3 + 1]!, hits.lines[i * 3 + 2]!]);
    return { got, newlines: hits.newlines };
  }

  it('runs on WebAssembly here', () => {
    expect(engine.usesWebAssembly).toBe(true);
  });

  it('finds exactly the lines the trigger regex finds, with their bounds and numbers', () => {
    for (const file of corpusFiles().slice(0, 40)) {
      const data = readFileSync(file);
      const expected = expectedHits(data);
      const newlines = data.toString('latin1').split('\n').length - 1;
      for (const e of [engine, unfiltered]) {
        const { got, newlines: counted } = hitsOf(e, data);
        expect(got, file).toEqual(expected);
        expect(counted, file).toBe(newlines);
      }
    }
  });

  it('prefilter: lets through every way a match can start, and little else', () => {
    const prefixes = matchPrefixes(triggerSource());
    for (const [first, second, third] of prefixes)
      for (const b0 of first)
        for (const b1 of second)
          for (const b2 of third) expect(passes(masks, b0, b1, b2), `${b0} ${b1} ${b2}`).toBe(true);
    // On real logs most positions are rejected: that is the whole point of the filter.
    const data = readFileSync(
      corpusFiles().find((f) => f.endsWith('fail.log')) ?? corpusFiles()[0]!,
    );
    let passed = 0;
    for (let i = 0; i + 2 < data.length; i++)
      if (passes(masks, data[i]!, data[i + 1]!, data[i + 2]!)) passed++;
    expect(passed / data.length).toBeLessThan(0.08);
  });

  it('prefilter: a match is found at every offset from a 16-byte block and from the chunk end', () => {
    // Each trigger word, and near misses, planted at every position of short and long lines.
    const words = [
      'error',
      'Failed',
      'FATAL',
      'panic',
      'Timed out',
      '##[error]',
      '\u00d7',
      '[warn]',
      'not ok ',
      'x.py:3',
      '\u2717',
      'Traceback',
      'No space',
      'YN0001',
      'Erx',
      'Fai',
      'ERR',
    ];
    const filler = 'the quick brown fox jumps over lazy dogs, 0123456789 [info] done.';
    for (const word of words) {
      for (let at = 0; at < 40; at++) {
        for (const tail of ['', '\n', ' and more text after it on the same line\nnext line']) {
          const data = Buffer.from(`${filler}\n${filler.slice(0, at)}${word}${tail}`, 'utf8');
          const { got, newlines } = hitsOf(engine, data);
          expect(got, `${word} at ${at}`).toEqual(expectedHits(data));
          expect(newlines).toBe(data.toString('latin1').split('\n').length - 1);
        }
      }
    }
    // Random bytes biased to the trigger's letters: whatever the text, the same lines.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const alphabet = Buffer.from(
      'EeFfCcUurailtxponbdRAILTK#[\x1bm;0 .:\nwNYWk\u00c3\u0097\u00e2\u009c',
      'latin1',
    );
    for (let round = 0; round < 200; round++) {
      const data = Buffer.alloc(16 + Math.floor(random() * 300));
      for (let i = 0; i < data.length; i++)
        data[i] =
          random() < 0.9
            ? alphabet[Math.floor(random() * alphabet.length)]!
            : Math.floor(random() * 256);
      const { got, newlines } = hitsOf(engine, data);
      expect(got, data.toString('latin1')).toEqual(hitsOf(unfiltered, data).got);
      expect(got).toEqual(expectedHits(data));
      expect(newlines).toBe(hitsOf(unfiltered, data).newlines);
    }
  });

  it('gives the same answers in its JavaScript fallback', () => {
    const memory = { buffer: new ArrayBuffer(1 << 22) };
    const js = scanFunctionsInJs(memory);
    const compiled = compiledAutomaton('rawline', RAW_LINE_PARTS);
    const wasmEngine = new ByteEngine(compiledAutomaton('trigger', [{ source: triggerSource() }]), [
      compiled,
    ]);
    const text = Buffer.from(
      [...TRICKY, 'plain line', '', 'Failures: 0, Errors: 0', 'last line without newline'].join(
        '\n',
      ),
    );
    const hits = wasmEngine.scan(text);
    // The fallback walks the very tables the engine filled: copy its memory over.
    const source = (wasmEngine as unknown as { memory: { buffer: ArrayBuffer } }).memory.buffer;
    new Uint8Array(memory.buffer).set(new Uint8Array(source).subarray(0, memory.buffer.byteLength));
    const at = (wasmEngine as unknown as { chunkAt: number }).chunkAt;
    const placed = (wasmEngine as unknown as { trigger: { start: number; masks: number } }).trigger;
    const out = at + ((text.length + 3) & ~3) + 64;
    js.scan(placed.start, placed.masks, at, at + text.length, out);
    expect(js.hits.value).toBe(hits.count);
    expect(js.lines.value).toBe(hits.newlines);
    const words = new Int32Array(memory.buffer);
    for (let i = 0; i < hits.count; i++) {
      expect(words[(out >> 2) + i * 3]! - at).toBe(hits.lines[i * 3]);
      expect(words[(out >> 2) + i * 3 + 1]! - at).toBe(hits.lines[i * 3 + 1]);
      expect(words[(out >> 2) + i * 3 + 2]).toBe(hits.lines[i * 3 + 2]);
    }
    const table = (wasmEngine as unknown as { lineTables: { map: number; start: number }[] })
      .lineTables[0]!;
    let start = 0;
    for (const line of text.toString('latin1').split('\n')) {
      expect(js.bits(table.map, table.start, at + start, at + start + line.length)).toBe(
        wasmEngine.bits(0, start, start + line.length),
      );
      start += line.length + 1;
    }
  });

  it('strips ANSI codes as normalise.ts does, and reads the stripped line, in both engines', () => {
    const compiled = compiledAutomaton('rawline', RAW_LINE_PARTS);
    const second = compiledAutomaton('rawdispatch', rawDispatchPatterns());
    const wasmEngine = new ByteEngine(compiledAutomaton('trigger', [{ source: triggerSource() }]), [
      compiled,
      second,
    ]);
    const jsEngine = new ByteEngine(compiledAutomaton('trigger', [{ source: triggerSource() }]), [
      compiled,
      second,
    ]);
    const js = scanFunctionsInJs(
      (jsEngine as unknown as { memory: { buffer: ArrayBuffer } }).memory,
    );
    (jsEngine as unknown as { exports: unknown }).exports = js;
    const lines = [
      ...TRICKY,
      '[\x1b[1;34mINFO\x1b[m] Tests run: 3, Failures: 0',
      '[[1;34mINFO[m] 0 errors [1234m [12;m [m [K [2K [;m',
      '\x1b]0;title\rwith a carriage return\x07 error',
      '\x1b]0;title\twith a tab\x07x',
      '\x1b]0;never closed',
      '\x1b(B\x1b)0\x1b(b\x1b[?25l\x1b[',
      'trav\x1b[0mis_fold:start',
      'caf\xc3\x1b[0m\xa9',
      '[[[1mm',
      'error TS2304: Cannot find name   \r',
      'ERROR: x.py:3: boom \t\x1b[0m  \x0b\x0c',
      ' \t ',
    ];
    for (const file of corpusFiles().slice(0, 30))
      lines.push(...readFileSync(file, 'latin1').split('\n').slice(0, 400));
    const regex = new RegExp(ANSI.source, 'g');
    let pairs = 0;
    for (const line of lines) {
      const data = Buffer.from(line, 'latin1');
      const removed = line.match(regex) ?? [];
      const expected = line.replace(regex, '');
      const [expectedBits, expectedPair] = (() => {
        const stripped = Buffer.from(expected, 'latin1');
        wasmEngine.scan(stripped);
        const trimmed = Buffer.from(expected.replace(/[ \t\v\f\r]+$/, ''), 'latin1').length;
        return [wasmEngine.bits(0, 0, stripped.length), wasmEngine.bits(1, 0, trimmed)];
      })();
      for (const engine of [wasmEngine, jsEngine]) {
        engine.scan(data);
        const bits = engine.strippedBits(0, 0, data.length);
        expect(bits, JSON.stringify(line)).toBe(expectedBits);
        expect(engine.skipped, JSON.stringify(line)).toBe(
          removed.length === 0 ? 0 : removed.some((r) => /[\r\t]/.test(r)) ? 3 : 1,
        );
        if (engine.skipped > 0) expect(engine.stripped().toString('latin1')).toBe(expected);
        // The pair: the same, plus the second automaton over the stripped line, trimmed.
        expect(engine.strippedBitsPair(0, 1, 0, data.length), JSON.stringify(line)).toBe(bits);
        expect(engine.pairBits, JSON.stringify(line)).toBe(expectedPair);
        if (engine.skipped > 0) expect(engine.stripped().toString('latin1')).toBe(expected);
        if (expectedPair !== 0) pairs++;
      }
    }
    expect(pairs, 'lines where the second automaton found something').toBeGreaterThan(100);
  });

  it('refuses to read outside the chunk it holds', () => {
    engine.scan(Buffer.from('abc\n'));
    expect(() => engine.bits(0, 0, 10)).toThrow(RangeError);
  });
});

describe('rawTimestampEnd', () => {
  const RAW_TIMESTAMP = /^(?:\xEF\xBB\xBF)?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
  it('skips exactly what the timestamp regex matches', () => {
    for (const line of [
      '2024-05-01T10:00:00.1234567Z [INFO] x',
      '2024-05-01T10:00:00Z x',
      '2024-05-01T10:00:00ZError',
      '\xEF\xBB\xBF2024-05-01T10:00:00.1Z  two spaces',
      '2024-05-01T10:00:00.Z no fraction digits',
      '2024-05-01 10:00:00Z not a T',
      '2024-05-01T10:00:00',
      '2024-05-01T10:00:0',
      'x2024-05-01T10:00:00Z',
      '',
    ]) {
      const data = Buffer.from(line, 'latin1');
      const m = RAW_TIMESTAMP.exec(line);
      expect(rawTimestampEnd(data, 0, data.length), JSON.stringify(line)).toBe(m ? m[0].length : 0);
    }
  });
});
