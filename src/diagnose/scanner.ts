import { closeSync, openSync, readSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { BlockBuilder, Findings, type ErrorBlock } from './blocks.js';
import { normaliseLine } from './normalise.js';
import { classifyLine, triggerSource } from './parsers/registry.js';
import { isNoise, isRawNoise, STACK_FRAME, TEST_FRAME } from './quick-noise.js';
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

const TRIGGER = new RegExp(triggerSource(), 'g');
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

  constructor(private readonly options: ScanOptions) {
    this.builder = new BlockBuilder(options.maxExcerptLines);
  }

  /** `data` holds whole lines (ending in `\n`, except the file's last line at end of file). */
  chunk(data: Buffer): void {
    this.bytes += data.length;
    if (!this.invalidUtf8 && !isUtf8(data)) this.invalidUtf8 = true;
    const text = data.toString('latin1');
    const length = text.length;
    let pos = 0;
    let countedPos = 0;
    let nextHit = -1;
    while (pos < length) {
      if (nextHit < pos) nextHit = findHit(text, pos);
      if (!this.builder.isOpen && nextHit === Infinity) break;
      const lineStart =
        this.builder.isOpen || nextHit === Infinity ? pos : text.lastIndexOf('\n', nextHit) + 1;
      this.lineNo += countNewlines(text, countedPos, lineStart);
      countedPos = lineStart;
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = length;
      pos = lineEnd + 1;
      // Outside a block a noise line changes nothing: dropped before it is decoded or normalised.
      if (!this.builder.isOpen && isRawNoise(text.slice(lineStart, lineEnd))) continue;
      const raw = data.toString('utf8', lineStart, lineEnd);
      if (nextHit < lineEnd) this.hitLine(raw, text, data, lineStart);
      else this.plainLine(raw, text, data, lineStart);
    }
    this.lineNo += countNewlines(text, countedPos, length);
    if (length > 0) this.endsWithNewline = text.charCodeAt(length - 1) === 10;
    if (this.kept.length > KEEP_BLOCKS * 3) this.prune();
  }

  private hitLine(raw: string, text: string, data: Buffer, lineStart: number): void {
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
    let finding = classifyLine(line, this.context(text, data, lineStart));
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
  private plainLine(raw: string, text: string, data: Buffer, lineStart: number): void {
    const line = normaliseLine(raw).text;
    if (
      line !== '' &&
      DETAIL_WORTH_READING.test(line) &&
      (!STACK_FRAME.test(line) || TEST_FRAME.test(line)) &&
      this.options.baselineMarks?.[this.lineNo] !== 1
    ) {
      const finding = classifyLine(line, this.context(text, data, lineStart));
      if (finding && (finding.failingTest || finding.location))
        this.findings.add(finding, this.lineNo);
    }
    this.builder.addPlainLine(this.lineNo, line);
    this.closed();
  }

  /** One context object, pointed at the current line: no closure per line. */
  private readonly lineContext = new ChunkLineContext();

  private context(text: string, data: Buffer, lineStart: number): LineContext {
    this.lineContext.text = text;
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
  text = '';
  data: Buffer = Buffer.alloc(0);
  lineStart = 0;

  previousLines(max: number): Iterable<string> {
    return previousLines(this.text, this.data, this.lineStart, max);
  }
}

function findHit(text: string, from: number): number {
  TRIGGER.lastIndex = from;
  const m = TRIGGER.exec(text);
  if (!m) return Infinity;
  // Anchor on the match's last character: a trigger may begin with the newline before its line.
  let anchor = m.index + Math.max(0, m[0].length - 1);
  if (text.charCodeAt(anchor) === 10 && anchor > m.index) anchor--;
  return anchor;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  let at = text.indexOf('\n', from);
  while (at !== -1 && at < to) {
    n++;
    at = text.indexOf('\n', at + 1);
  }
  return n;
}

function* previousLines(
  text: string,
  data: Buffer,
  lineStart: number,
  max: number,
): Iterable<string> {
  let end = lineStart - 1;
  for (let i = 0; i < max && end > 0; i++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    yield normaliseLine(data.toString('utf8', start, end)).text;
    end = start - 1;
  }
}

export type { LineFinding };
