import { closeSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { BlockBuilder, Findings, type ErrorBlock, type FindingsData } from './blocks.js';
import { normaliseLine, type NormalisedLine } from './normalise.js';
import { ByteEngine } from './dfa/byte-engine.js';
import { compiledAutomaton, triggerPrefilterMasks } from './dfa/tables.js';
import { classifyLine, rawDispatchPatterns, triggerSource } from './parsers/registry.js';
import {
  isNoise,
  isRawNoise,
  isRawNoiseFromBits,
  isRawStackFrame,
  isRawStackFrameFromBits,
  isCleanLine,
  isIndentedFromBits,
  RAW_DETAIL_PARTS,
  RAW_LINE_PARTS,
  STACK_FRAME,
  TEST_FRAME,
} from './quick-noise.js';
import type { LineContext, LineFinding } from './parsers/types.js';

export interface ScanOptions {
  maxExcerptLines: number;
  /** 1 for a line aligned with the passing log (not a root cause), 2 for one found there elsewhere. */
  baselineMarks?: Uint8Array;
  chunkBytes?: number;
  /**
   * Decide every line from its decoded, normalised text, as if no line were clean: the reference
   * the byte-level shortcuts are tested against.
   */
  exactPath?: boolean;
}

/** Bytes [start, end) of a log, cut at line starts; `lookbehind` bytes before start give context. */
export interface Segment {
  start: number;
  end: number;
  /** Where reading starts (a line start at or before `start`): parsers may read the lines above. */
  lookbehind: number;
}

/**
 * What one segment of a log holds, in plain data (it crosses from a worker thread). Line numbers are
 * counted from the segment's first line; `INHERITED_STEP` stands for the step open when it starts.
 */
export interface SegmentScan {
  bytes: number;
  newlines: number;
  endsWithNewline: boolean;
  invalidUtf8: boolean;
  blocks: ErrorBlock[];
  findings: FindingsData;
  lastStep?: string;
}

export interface ScanResult {
  bytes: number;
  lineCount: number;
  invalidUtf8: boolean;
  blocks: ErrorBlock[];
  findings: Findings;
  /** The last workflow step seen (`##[group]Run ...`), for logs without an error inside a step. */
  lastStep?: string;
  /** Segments the log was scanned in, and how many of them worker threads scanned. */
  segments: number;
  scannedByWorkers: number;
}

/** The step a segment inherits from the one before it, known only once that one is scanned. */
export const INHERITED_STEP = '\u0000inherited step';

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
 * Reads one segment of a log (the whole of it, or a part a worker thread takes) in chunks, and stops
 * only at lines with an error word, found by automata over the raw bytes. Memory stays bounded: one
 * chunk, one open block, a capped list of blocks. Synchronous reads: a chunk comes from the page cache
 * in a millisecond, while an async read waits its turn in the thread pool.
 */
export function scanSegment(file: string, segment: Segment, options: ScanOptions): SegmentScan {
  const handle = openSync(file, 'r');
  try {
    const scan = new Scan(options, segment.start > 0);
    const size = options.chunkBytes ?? CHUNK_BYTES;
    let buffer: Buffer = Buffer.allocUnsafe(
      Math.max(size, 2 * (segment.start - segment.lookbehind)),
    );
    let carry = 0;
    let position = segment.lookbehind;
    // The first chunk holds the lookbehind: its lines are context, not scanned.
    let skip = segment.start - segment.lookbehind;
    for (;;) {
      if (carry === buffer.length) {
        if (buffer.length < MAX_LINE_BYTES) buffer = grow(buffer);
        else {
          // A line longer than any log line should be: read it in pieces. No `\n` is counted, so
          // line numbers stay right; memory stays bounded.
          scan.chunk(buffer, skip);
          skip = 0;
          carry = 0;
        }
      }
      const want = Math.min(buffer.length - carry, segment.end - position);
      const bytesRead = want > 0 ? readSync(handle, buffer, carry, want, position) : 0;
      position += bytesRead;
      const filled = carry + bytesRead;
      if (bytesRead === 0) {
        if (filled > skip) scan.chunk(buffer.subarray(0, filled), skip);
        break;
      }
      const lastNewline = buffer.lastIndexOf(10, filled - 1);
      if (lastNewline < skip) {
        carry = filled;
        continue;
      }
      scan.chunk(buffer.subarray(0, lastNewline + 1), skip);
      skip = 0;
      buffer.copy(buffer, 0, lastNewline + 1, filled);
      carry = filled - lastNewline - 1;
    }
    return scan.result();
  } finally {
    closeSync(handle);
  }
}

/**
 * Joins the scans of a log's consecutive segments into the scan of the whole: line numbers shifted,
 * inherited steps filled in, findings deduplicated in order, blocks pruned as one scan prunes them.
 * Exact when each segment starts where the block builder is closed (see segments.ts).
 */
export function mergeSegments(segments: readonly SegmentScan[], scannedByWorkers = 0): ScanResult {
  let lineOffset = 0;
  let bytes = 0;
  let invalidUtf8 = false;
  let endsWithNewline = true;
  let step: string | undefined;
  const blocks: ErrorBlock[] = [];
  const findings = new Findings();
  for (const segment of segments) {
    for (const block of segment.blocks) {
      const shifted: ErrorBlock = {
        ...block,
        startLine: block.startLine + lineOffset,
        endLine: block.endLine + lineOffset,
      };
      if (block.step === INHERITED_STEP) {
        if (step === undefined) delete shifted.step;
        else shifted.step = step;
      }
      blocks.push(shifted);
    }
    findings.addAll(segment.findings, lineOffset);
    if (segment.lastStep !== INHERITED_STEP) step = segment.lastStep;
    lineOffset += segment.newlines;
    bytes += segment.bytes;
    invalidUtf8 ||= segment.invalidUtf8;
    if (segment.bytes > 0) endsWithNewline = segment.endsWithNewline;
  }
  return {
    bytes,
    lineCount: bytes === 0 ? 0 : lineOffset + 1 - (endsWithNewline ? 1 : 0),
    invalidUtf8,
    blocks: prune(blocks),
    findings,
    lastStep: step,
    segments: segments.length,
    scannedByWorkers,
  };
}

/** Keep the earliest strong blocks (root causes come first) and the highest scoring ones. */
function prune(kept: readonly ErrorBlock[]): ErrorBlock[] {
  const early = kept.filter((b) => b.score >= 2).slice(0, KEEP_BLOCKS);
  const top = [...kept].sort((a, b) => b.score - a.score).slice(0, KEEP_BLOCKS);
  const keep = new Set([...early, ...top]);
  return kept.filter((b) => keep.has(b));
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
  private kept: ErrorBlock[] = [];
  private readonly engine = byteEngine();

  constructor(
    private readonly options: ScanOptions,
    inheritsStep: boolean,
  ) {
    this.builder = new BlockBuilder(options.maxExcerptLines);
    if (inheritsStep) this.step = INHERITED_STEP;
  }

  /**
   * `data` holds whole lines (ending in `\n`, except the file's last line at end of file); the
   * lines before byte `skip` are only context for parsers that read upwards. The work is cut in
   * three small functions (chunk, readLines, readLine) rather than one large one: each thread's
   * engine compiles them in a fraction of the time, and a branch first taken late recompiles only
   * the function that holds it.
   */
  chunk(data: Buffer, skip = 0): void {
    this.bytes += data.length - skip;
    if (!this.invalidUtf8 && !isUtf8(skip > 0 ? data.subarray(skip) : data))
      this.invalidUtf8 = true;
    const { lines: hits, count: hitCount, newlines } = this.engine.scan(data);
    const firstLine = this.lineNo - (skip > 0 ? countNewlines(data, skip) : 0);
    this.readLines(data, skip, hits, hitCount, firstLine);
    this.lineNo = firstLine + newlines;
    if (data.length > skip) this.endsWithNewline = data[data.length - 1] === 10;
    if (this.kept.length > KEEP_BLOCKS * 3) this.kept = prune(this.kept);
  }

  /**
   * The lines of a chunk worth reading: outside a block only the hit lines (`hits`: start, end and
   * line index of each, from the trigger scan), inside one every line.
   */
  private readLines(
    data: Buffer,
    skip: number,
    hits: Int32Array,
    hitCount: number,
    firstLine: number,
  ): void {
    const length = data.length;
    let hit = 0;
    let pos = skip;
    let lineNo = this.lineNo;
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
      this.readLine(data, lineStart, lineEnd, isHit);
    }
  }

  /** One line, [lineStart, lineEnd) of the chunk, numbered `this.lineNo`. */
  private readLine(data: Buffer, lineStart: number, lineEnd: number, isHit: boolean): void {
    const engine = this.engine;
    let contentEnd = lineEnd;
    if (contentEnd > lineStart && data[contentEnd - 1] === 13) contentEnd--;
    const contentStart = rawTimestampEnd(data, lineStart, contentEnd);
    // A hit line's dispatch bits come in the same pass (used only if the line is clean).
    const rawBits = isHit
      ? engine.strippedBitsPair(RAW_LINE, RAW_DISPATCH, contentStart, contentEnd)
      : engine.strippedBits(RAW_LINE, contentStart, contentEnd);
    // Clean: normalising would only drop the timestamp, ANSI codes, a final `\r` and trailing
    // spaces. The line's bytes without ANSI codes are [from, to) of the chunk, or of the scratch
    // line the engine stripped them to.
    const clean =
      !this.options.exactPath && isCleanLine(rawBits, data[contentStart], engine.skipped);
    const stripped = engine.skipped > 0;
    const from = stripped ? 0 : contentStart;
    const to = stripped ? engine.strippedLength : contentEnd;
    // Stack frames past the excerpt cap only lengthen the block: not decoded or normalised. So are
    // indented plain lines that name nothing, known from the bits alone.
    if (
      this.builder.isOpen &&
      this.builder.takesDetailWithoutText(this.lineNo) &&
      (clean
        ? isRawStackFrameFromBits(rawBits) ||
          (!isHit &&
            isIndentedFromBits(rawBits) &&
            engine.bits(RAW_DETAIL, from, to, stripped) === 0)
        : isRawStackFrame(data.toString('latin1', lineStart, lineEnd)))
    ) {
      this.builder.addDetailWithoutText(this.lineNo);
      return;
    }
    // A clean hit line is known noise or not from its bits; an unclean one only maybe from its raw
    // text. (Plain lines are only read inside a block, where noise does not matter.)
    const noise = !isHit
      ? false
      : clean
        ? isRawNoiseFromBits(rawBits, () =>
            stripped
              ? engine.stripped().toString('latin1')
              : data.toString('latin1', contentStart, contentEnd),
          )
        : !this.builder.isOpen && isRawNoise(data.toString('latin1', lineStart, lineEnd));
    // Outside a block a noise line changes nothing: dropped before it is decoded or normalised.
    if (noise && !this.builder.isOpen) return;
    // A clean line without ANSI codes is its own normalised text once decoded; the others take
    // normaliseLine (decoding stripped bytes could join the halves of a broken UTF-8 sequence).
    const normalised =
      clean && !stripped
        ? { text: data.toString('utf8', contentStart, contentEnd).trimEnd(), marker: undefined }
        : normaliseLine(data.toString('utf8', lineStart, lineEnd));
    if (isHit) {
      const dispatch = clean ? engine.pairBits : undefined;
      this.hitLine(normalised, data, lineStart, clean ? noise : undefined, dispatch);
    } else this.plainLine(normalised.text, data, lineStart);
  }

  /**
   * `noise`: what the raw bits of a clean line (no workflow command) said, or undefined when the
   * normalised text has to say it.
   */
  private hitLine(
    { text: line, marker }: NormalisedLine,
    data: Buffer,
    lineStart: number,
    noise: boolean | undefined,
    dispatchBits?: number,
  ): void {
    if (marker === 'group') {
      this.builder.close();
      this.step = line;
      return;
    }
    if (marker === 'endgroup') return;
    // Noise (`[INFO]`, `0 errors`, `-Werror`) and stack frames are most keyword lines: detail at most.
    if (noise ?? (marker !== 'error' && isNoise(line))) {
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
  private plainLine(line: string, data: Buffer, lineStart: number): void {
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

  result(): SegmentScan {
    this.builder.close();
    this.closed();
    return {
      bytes: this.bytes,
      newlines: this.lineNo - 1,
      endsWithNewline: this.endsWithNewline,
      invalidUtf8: this.invalidUtf8,
      blocks: prune(this.kept),
      findings: this.findings.toData(),
      ...(this.step !== undefined ? { lastStep: this.step } : {}),
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
const RAW_DETAIL = 2;

/**
 * The byte automata: every parser's trigger (stops the scan at lines worth reading), the raw-line
 * patterns (noise, frames, whether normalising changes more than the timestamp) and the parsers'
 * needles over a clean line's bytes.
 */
function byteEngine(): ByteEngine {
  sharedEngine ??= new ByteEngine(
    compiledAutomaton('trigger', [{ source: triggerSource() }]),
    [
      compiledAutomaton('rawline', RAW_LINE_PARTS),
      compiledAutomaton('rawdispatch', rawDispatchPatterns()),
      compiledAutomaton('rawdetail', RAW_DETAIL_PARTS),
    ],
    triggerPrefilterMasks(triggerSource()),
  );
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

function countNewlines(data: Buffer, end: number): number {
  let n = 0;
  for (let p = data.indexOf(10); p !== -1 && p < end; p = data.indexOf(10, p + 1)) n++;
  return n;
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
