import { closeSync, openSync, readSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { BlockBuilder, Findings, type ErrorBlock } from './blocks.js';
import { normaliseLine } from './normalise.js';
import { ByteEngine } from './dfa/byte-engine.js';
import { compiledAutomaton } from './dfa/tables.js';
import { classifyLine, rawDispatchPatterns, triggerSource } from './parsers/registry.js';
import {
  isNoise,
  isRawNoise,
  isRawNoiseFromBits,
  isRawStackFrame,
  isRawStackFrameFromBits,
  RAW_LINE_PARTS,
  RAW_UNCLEAN_BIT,
  STACK_FRAME,
  TEST_FRAME,
} from './quick-noise.js';
import type { LineContext, LineFinding } from './parsers/types.js';

export interface ScanOptions {
  maxExcerptLines: number;
  /** 1 for a line aligned with the passing log (not a root cause), 2 for one found there elsewhere. */
  baselineMarks?: Uint8Array;
  chunkBytes?: number;
}

export interface ScanResult {
  bytes: number;
  lineCount: number;
  invalidUtf8: boolean;
  blocks: ErrorBlock[];
  findings: Findings;
  /** The last workflow step seen (`##[group]Run ...`), for logs without an error inside a step. */
  lastStep?: string;
}

const KEEP_BLOCKS = 120;
const MAX_LINE_BYTES = 8 << 20;
/**
 * 256 KB, not 1 MB: each chunk is also one latin1 string, and strings that large live until a full
 * garbage collection; smaller chunks cut peak RSS by a fifth at the same speed.
 */
const CHUNK_BYTES = 256 << 10;
/** Detail lines that can name a failing test or a location (mocha, PHPUnit, TAP, pytest, rustc). */
const DETAIL_WORTH_READING =
  /^\s*\d+\) |::|\.\w{1,6}:\d|location: |Problem \d|^E\s|-->|Failure\/Error/;
/**
 * Reads a log once, in chunks, and stops only at lines with an error word (found by one regex over
 * the raw bytes). Memory stays bounded: one chunk, one open block, a capped list of blocks.
 */
export async function scanLogFile(file: string, options: ScanOptions): Promise<ScanResult> {
  // Synchronous reads: a chunk comes from the page cache in a millisecond, while an async read waits
  // its turn in the thread pool; the scan is the only work of the process meanwhile.
  await access(file);
  const handle = openSync(file, 'r');
  try {
    const scan = new Scan(options);
    const size = options.chunkBytes ?? CHUNK_BYTES;
    let buffer: Buffer = Buffer.allocUnsafe(size);
    let carry = 0;
    for (;;) {
      if (carry === buffer.length) {
        if (buffer.length < MAX_LINE_BYTES) buffer = grow(buffer);
        else {
          // A line longer than any log line should be: read it in pieces. No `\n` is counted, so
          // line numbers stay right; memory stays bounded.
          scan.chunk(buffer);
          carry = 0;
        }
      }
      const bytesRead = readSync(handle, buffer, carry, buffer.length - carry, null);
      const filled = carry + bytesRead;
      if (bytesRead === 0) {
        if (filled > 0) scan.chunk(buffer.subarray(0, filled));
        break;
      }
      const lastNewline = buffer.lastIndexOf(10, filled - 1);
      if (lastNewline === -1) {
        carry = filled;
        continue;
      }
      scan.chunk(buffer.subarray(0, lastNewline + 1));
      buffer.copy(buffer, 0, lastNewline + 1, filled);
      carry = filled - lastNewline - 1;
    }
    return scan.result();
  } finally {
    closeSync(handle);
  }
}

function grow(buffer: Buffer): Buffer {
  // One line longer than a chunk (minified output): grows up to MAX_LINE_BYTES, never beyond.
  const bigger = Buffer.allocUnsafe(buffer.length * 2);
  buffer.copy(bigger);
  return bigger;
}

class Scan {
  private lineNo = 1;
  private bytes = 0;
  private invalidUtf8 = false;
  private endsWithNewline = true;
  private step: string | undefined;
  private readonly builder: BlockBuilder;
  private readonly findings = new Findings();
  private readonly kept: ErrorBlock[] = [];
  private readonly engine = byteEngine();

  constructor(private readonly options: ScanOptions) {
    this.builder = new BlockBuilder(options.maxExcerptLines);
  }

  /** `data` holds whole lines (ending in `\n`, except the file's last line at end of file). */
  chunk(data: Buffer): void {
    this.bytes += data.length;
    if (!this.invalidUtf8 && !isUtf8(data)) this.invalidUtf8 = true;
    const length = data.length;
    const engine = this.engine;
    const { lines: hits, count: hitCount, newlines } = engine.scan(data);
    const firstLine = this.lineNo;
    let hit = 0;
    let pos = 0;
    let lineNo = firstLine;
    while (pos < length) {
      let lineStart: number;
      let lineEnd: number;
      let isHit: boolean;
      if (this.builder.isOpen) {
        // Inside a block every line counts: the next one, hit or not.
        lineStart = pos;
        lineEnd = data.indexOf(10, pos);
        if (lineEnd === -1) lineEnd = length;
        while (hit < hitCount && hits[hit * 3]! < lineStart) hit++;
        isHit = hit < hitCount && hits[hit * 3] === lineStart;
      } else {
        // Outside one only the lines with a trigger match.
        while (hit < hitCount && hits[hit * 3]! < pos) hit++;
        if (hit === hitCount) break;
        lineStart = hits[hit * 3]!;
        lineEnd = hits[hit * 3 + 1]!;
        lineNo = firstLine + hits[hit * 3 + 2]!;
        isHit = true;
      }
      this.lineNo = lineNo;
      pos = lineEnd + 1;
      lineNo++;
      let contentEnd = lineEnd;
      if (contentEnd > lineStart && data[contentEnd - 1] === 13) contentEnd--;
      const contentStart = rawTimestampEnd(data, lineStart, contentEnd);
      const rawBits = engine.bits(RAW_LINE, contentStart, contentEnd);
      // Clean: normalising would only drop the timestamp, a final `\r` and trailing spaces.
      const clean = (rawBits & RAW_UNCLEAN_BIT) === 0;
      if (this.builder.isOpen) {
        // Stack frames past the excerpt cap only lengthen the block: not decoded or normalised.
        if (
          this.builder.takesDetailWithoutText(this.lineNo) &&
          (clean
            ? isRawStackFrameFromBits(rawBits)
            : isRawStackFrame(data.toString('latin1', lineStart, lineEnd)))
        ) {
          this.builder.addDetailWithoutText(this.lineNo);
          continue;
        }
      } else if (
        clean
          ? isRawNoiseFromBits(rawBits, () => data.toString('latin1', contentStart, contentEnd))
          : isRawNoise(data.toString('latin1', lineStart, lineEnd))
      ) {
        // Outside a block a noise line changes nothing: dropped before it is decoded or normalised.
        continue;
      }
      const raw = data.toString('utf8', lineStart, lineEnd);
      if (isHit) {
        const dispatch = clean
          ? engine.bits(RAW_DISPATCH, contentStart, trimEndBytes(data, contentStart, contentEnd))
          : undefined;
        this.hitLine(raw, data, lineStart, dispatch);
      } else this.plainLine(raw, data, lineStart);
    }
    this.lineNo = firstLine + newlines;
    if (length > 0) this.endsWithNewline = data[length - 1] === 10;
    if (this.kept.length > KEEP_BLOCKS * 3) this.prune();
  }

  private hitLine(raw: string, data: Buffer, lineStart: number, dispatchBits?: number): void {
    const { text: line, marker } = normaliseLine(raw);
    if (marker === 'group') {
      this.builder.close();
      this.step = line;
      return;
    }
    if (marker === 'endgroup') return;
    // Noise (`[INFO]`, `0 errors`, `-Werror`) and stack frames are most keyword lines: detail at most.
    if (marker !== 'error' && isNoise(line)) {
      this.builder.addPlainLine(this.lineNo, line);
      this.closed();
      return;
    }
    const mark = this.options.baselineMarks?.[this.lineNo] ?? 0;
    let finding = classifyLine(line, this.context(data, lineStart), dispatchBits);
    if (marker === 'error' && (!finding || finding.weight < 3) && !finding?.cascade) {
      finding = {
        tool: finding?.tool ?? 'generic',
        category: finding?.category ?? 'unknown',
        weight: 3,
      };
    }
    if (!finding || finding.weight <= 0) {
      this.builder.addPlainLine(this.lineNo, line);
      this.closed();
      return;
    }
    if (mark === 1) finding = { ...finding, weight: 0 };
    else if (mark === 2) finding = { ...finding, weight: finding.weight * 0.5 };
    this.findings.add(finding, this.lineNo);
    if (finding.weight >= 1) this.builder.addErrorLine(this.lineNo, line, finding, this.step);
    else this.builder.addPlainLine(this.lineNo, line);
    this.closed();
  }

  /**
   * A line without a keyword after an error: detail of it. Parsers still read it (the failing test
   * names mocha and PHPUnit print under `N failing`), except stack frames, which are only detail.
   */
  private plainLine(raw: string, data: Buffer, lineStart: number): void {
    const line = normaliseLine(raw).text;
    if (
      line !== '' &&
      DETAIL_WORTH_READING.test(line) &&
      (!STACK_FRAME.test(line) || TEST_FRAME.test(line)) &&
      this.options.baselineMarks?.[this.lineNo] !== 1
    ) {
      const finding = classifyLine(line, this.context(data, lineStart));
      if (finding && (finding.failingTest || finding.location))
        this.findings.add(finding, this.lineNo);
    }
    this.builder.addPlainLine(this.lineNo, line);
    this.closed();
  }

  /** One context object, pointed at the current line: no closure per line. */
  private readonly lineContext = new ChunkLineContext();

  private context(data: Buffer, lineStart: number): LineContext {
    this.lineContext.data = data;
    this.lineContext.lineStart = lineStart;
    return this.lineContext;
  }

  /** Moves blocks the builder finished into the kept list. */
  private closed(): void {
    const done = this.builder.finished;
    while (done.length > 0) this.kept.push(done.shift()!);
  }

  /** Keep the earliest strong blocks (root causes come first) and the highest scoring ones. */
  private prune(): void {
    const early = this.kept.filter((b) => b.score >= 2).slice(0, KEEP_BLOCKS);
    const top = [...this.kept].sort((a, b) => b.score - a.score).slice(0, KEEP_BLOCKS);
    const keep = new Set([...early, ...top]);
    const pruned = this.kept.filter((b) => keep.has(b));
    this.kept.length = 0;
    this.kept.push(...pruned);
  }

  result(): ScanResult {
    this.builder.close();
    this.closed();
    this.prune();
    return {
      bytes: this.bytes,
      lineCount: this.bytes === 0 ? 0 : this.lineNo - (this.endsWithNewline ? 1 : 0),
      invalidUtf8: this.invalidUtf8,
      blocks: this.kept,
      findings: this.findings,
      lastStep: this.step,
    };
  }
}

class ChunkLineContext implements LineContext {
  data: Buffer = Buffer.alloc(0);
  lineStart = 0;

  previousLines(max: number): Iterable<string> {
    return previousLines(this.data, this.lineStart, max);
  }
}

let sharedEngine: ByteEngine | undefined;
const RAW_LINE = 0;
const RAW_DISPATCH = 1;

/**
 * The byte automata: every parser's trigger (stops the scan at lines worth reading), the raw-line
 * patterns (noise, frames, whether normalising changes more than the timestamp) and the parsers'
 * needles over a clean line's bytes.
 */
function byteEngine(): ByteEngine {
  sharedEngine ??= new ByteEngine(compiledAutomaton('trigger', [{ source: triggerSource() }]), [
    compiledAutomaton('rawline', RAW_LINE_PARTS),
    compiledAutomaton('rawdispatch', rawDispatchPatterns()),
  ]);
  return sharedEngine;
}

/**
 * Where a raw line's text starts after the Actions timestamp normalising drops (with a UTF-8 byte
 * order mark before it): `^(?:\xEF\xBB\xBF)?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?`.
 */
export function rawTimestampEnd(data: Uint8Array, start: number, end: number): number {
  let p = start;
  if (data[p] === 0xef && data[p + 1] === 0xbb && data[p + 2] === 0xbf) p += 3;
  // 0000-00-00T00:00:00 : digits and the separators at fixed places.
  if (p + 20 > end) return start;
  for (let i = 0; i < 19; i++) {
    const c = data[p + i]!;
    const want = i === 4 || i === 7 ? 45 : i === 10 ? 84 : i === 13 || i === 16 ? 58 : -1;
    if (want === -1 ? c < 48 || c > 57 : c !== want) return start;
  }
  p += 19;
  if (data[p] === 46 && p + 1 < end && data[p + 1]! >= 48 && data[p + 1]! <= 57) {
    p++;
    while (p < end && data[p]! >= 48 && data[p]! <= 57) p++;
  }
  if (p >= end || data[p] !== 90) return start;
  p++;
  if (p < end && data[p] === 32) p++;
  return p;
}

/** The end of a line's bytes without the trailing spaces `trimEnd` drops (ASCII ones). */
function trimEndBytes(data: Uint8Array, start: number, end: number): number {
  while (end > start) {
    const c = data[end - 1]!;
    if (c !== 32 && c !== 9 && c !== 11 && c !== 12 && c !== 13) break;
    end--;
  }
  return end;
}

function* previousLines(data: Buffer, lineStart: number, max: number): Iterable<string> {
  let end = lineStart - 1;
  for (let i = 0; i < max && end > 0; i++) {
    const start = data.lastIndexOf(10, end - 1) + 1;
    yield normaliseLine(data.toString('utf8', start, end)).text;
    end = start - 1;
  }
}

export type { LineFinding };
