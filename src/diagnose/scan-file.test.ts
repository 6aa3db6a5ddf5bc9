import { createReadStream, createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../test/support/shared-data.js';
import { scanLogFile } from './scan-file.js';
import { mergeSegments, scanSegment, type ScanOptions } from './scanner.js';
import { warmScanWorkers } from './scan-pool.js';
import { segmentAims, segmentsOf } from './segments.js';

const here = path.dirname(fileURLToPath(import.meta.url));
let dir: string;

/** The parsers' fixtures, the real CI logs when the corpora are here, and a log of odd lines. */
function corpus(): string[] {
  const fixtures = path.join(here, '../../test/diagnose/fixtures/parsers');
  const files = readdirSync(fixtures).map((f) => path.join(fixtures, f));
  try {
    const root = path.join(sharedDataDir(), 'ci-logs', 'cidiff-breakages');
    for (const d of readdirSync(root, { withFileTypes: true })) {
      if (!d.isDirectory()) continue;
      for (const f of ['fail.log', 'pass.log']) {
        const file = path.join(root, d.name, f);
        if (statSync(file, { throwIfNoEntry: false })?.isFile()) files.push(file);
      }
    }
  } catch {
    console.warn('SKIPPED part: ../shared/data is absent; only the fixtures are scanned');
  }
  return [...files, path.join(dir, 'odd.log')];
}

/** Lines that normalising changes in every way it can, around errors that open blocks. */
const ODD_LINES = [
  '2024-05-01T10:00:00.1234567Z ##[group]Run npm test',
  'src/a.ts(3,5): error TS2304: Cannot find name x',
  '\tat a.B.c(B.java:1)',
  '    at Object.<anonymous> (src/a.test.ts:4:2)',
  '\x1b[31m[ERROR]\x1b[0m Failed to execute goal',
  '[\x1b[1;34mINFO\x1b[m] Tests run: 3, Failures: 0, Errors: 0',
  '[[1;34mINFO[m] 0 errors',
  '\x1b]0;title\rstill the code\x07 error: hidden carriage return',
  '\x1b]0;title\twith a tab\x07 error: hidden tab',
  'job\tstep\t2024-05-01T10:00:00Z Error: from gh run view',
  '\tindented by a tab, error inside',
  'progress 10%\rprogress 100% error: overwritten',
  'trav\x1b[0mis_fold:start:x error: folded',
  '\x1b[31m##[error]\x1b[0mProcess completed with exit code 1.',
  '#\x1b[0m#[error]joined by stripping',
  ':\x1b[0m:error file=a.ts::joined',
  '   ',
  'caf\xc3\x1b[0m\xa9 error: a code inside a UTF-8 sequence',
  '  detail with a test at src/x.spec.ts:3',
  '  2) mocha failing test title',
  'E       AssertionError: assert 1 == 2',
  '\x1b[1m\x1b[31mERROR\x1b[39m\x1b[22m in ./src/index.ts',
  '',
];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-scan-file-'));
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) lines.push(...ODD_LINES.slice(i % 7), `plain line ${i}`);
  await writeFile(path.join(dir, 'odd.log'), Buffer.from(lines.join('\n'), 'latin1'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function whole(file: string, options: ScanOptions) {
  return scanSegment(file, { start: 0, end: statSync(file).size, lookbehind: 0 }, options);
}

describe('the scan of a log', () => {
  it('decides every line from its bytes as it would from its normalised text', () => {
    let lines = 0;
    for (const file of corpus()) {
      for (const maxExcerptLines of [3, 40]) {
        const fast = whole(file, { maxExcerptLines });
        const exact = whole(file, { maxExcerptLines, exactPath: true });
        expect(fast, `${file} (cap ${maxExcerptLines})`).toEqual(exact);
        lines += fast.newlines;
      }
    }
    expect(lines).toBeGreaterThan(1000);
  });

  it('cut into segments where no block can be open, merges into the scan of the whole', () => {
    let cuts = 0;
    for (const file of corpus()) {
      const size = statSync(file).size;
      const segments = segmentsOf(
        file,
        size,
        Array.from({ length: 7 }, (_, i) => Math.floor((size * (i + 1)) / 8)),
      );
      cuts += segments.length - 1;
      expect(segments[0]!.start).toBe(0);
      expect(segments.at(-1)!.end).toBe(size);
      for (let i = 1; i < segments.length; i++) {
        expect(segments[i]!.start).toBe(segments[i - 1]!.end);
        expect(readFileSync(file).at(segments[i]!.start - 1), 'a cut follows a newline').toBe(10);
      }
      const options = { maxExcerptLines: 40 };
      const merged = mergeSegments(segments.map((s) => scanSegment(file, s, options)));
      expect({ ...merged, segments: 1 }, file).toEqual(mergeSegments([whole(file, options)]));
    }
    // Not a vacuous check: the real logs are cut many times.
    expect(cuts).toBeGreaterThan(corpus().length > 40 ? 100 : 0);
  });

  it('aims at segments of up to 16 MB, smaller towards the end so the threads finish together', () => {
    const size = 222_000_000;
    const aims = segmentAims(size, 2);
    const lengths = aims.map((aim, i) => aim - (aims[i - 1] ?? 0)).concat(size - aims.at(-1)!);
    expect(Math.max(...lengths)).toBe(16 << 20);
    expect(lengths[0]).toBe(16 << 20);
    // Never growing (but for the rest at the end), the last ones a fraction of the first.
    for (let i = 1; i < lengths.length - 1; i++)
      expect(lengths[i]).toBeLessThanOrEqual(lengths[i - 1]!);
    expect(lengths.at(-1)!).toBeLessThan(2 * (2 << 20));
    expect(lengths.at(-2)!).toBeLessThan(lengths[0]! / 4);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(2 << 20);
    expect(segmentAims(3 << 20, 2), 'too small to cut').toEqual([]);
  });

  it('scans a large log in worker threads to the same result', async () => {
    let sources: string[];
    try {
      const root = path.join(sharedDataDir(), 'ci-logs', 'cidiff-breakages');
      sources = readdirSync(root, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .flatMap((d) => ['fail.log', 'pass.log'].map((f) => path.join(root, d.name, f)));
    } catch {
      sources = corpus();
    }
    const file = path.join(dir, 'large.log');
    const out = createWriteStream(file);
    for (const source of sources.slice(0, 24)) {
      if (!statSync(source, { throwIfNoEntry: false })) continue;
      for await (const chunk of createReadStream(source)) out.write(chunk);
    }
    await new Promise((resolve) => out.end(resolve));
    const alone = await scanLogFile(file, { maxExcerptLines: 40, threads: 1 });
    // Started ahead, as the CLI does; then the same worker serves two scans in turn.
    warmScanWorkers(Number.MAX_SAFE_INTEGER);
    for (const segmentBytes of [1 << 20, 1 << 18]) {
      const parallel = await scanLogFile(file, {
        maxExcerptLines: 40,
        threads: 2,
        parallelFromBytes: 0,
        workersOnly: true,
        segmentBytes,
      });
      expect(parallel.segments).toBeGreaterThan(1);
      expect(parallel.scannedByWorkers, 'the worker thread scanned them').toBe(parallel.segments);
      expect({ ...parallel, segments: 1, scannedByWorkers: 0 }).toEqual(alone);
    }
    expect(alone.segments).toBe(1);
    expect(alone.blocks.length).toBeGreaterThan(0);
  }, 60_000);

  it('keeps a log with baseline marks in one piece, as the marks are numbered for the whole', async () => {
    const file = path.join(dir, 'odd.log');
    const scan = await scanLogFile(file, {
      maxExcerptLines: 40,
      threads: 2,
      parallelFromBytes: 0,
      baselineMarks: new Uint8Array(1000),
    });
    expect(scan.segments).toBe(1);
  });

  it('says what KINTSUGI_SCAN_THREADS accepts when it is not a number of threads', async () => {
    const saved = process.env.KINTSUGI_SCAN_THREADS;
    process.env.KINTSUGI_SCAN_THREADS = 'many';
    try {
      await expect(scanLogFile(path.join(dir, 'odd.log'), { maxExcerptLines: 5 })).rejects.toThrow(
        'KINTSUGI_SCAN_THREADS is "many": expected a whole number of threads, 1 or more',
      );
    } finally {
      if (saved === undefined) delete process.env.KINTSUGI_SCAN_THREADS;
      else process.env.KINTSUGI_SCAN_THREADS = saved;
    }
  });
});
