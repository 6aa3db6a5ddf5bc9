import type { CompiledAutomaton } from './automaton.js';
import { SCAN_WASM } from './tables.generated.js';

/** WebAssembly page size. */
const PAGE = 65536;
/** Bytes per state in a byte table: 256 entries of 4 bytes. */
const ROW = 1024;
const HIT = -1;
/** The trigger prefilter's masks (prefilter.ts): two nibble tables of 16 bytes per position. */
export const MASK_BYTES = 96;
/** Where strippedBits leaves the stripped length, what it skipped and the pair's bits: 3 words. */
const STATUS_BYTES = 16;

interface ScanExports {
  scan(start: number, masks: number, from: number, end: number, out: number): void;
  bits(map: number, start: number, p: number, end: number): number;
  strippedBits(
    map: number,
    start: number,
    p: number,
    end: number,
    out: number,
    status: number,
  ): number;
  strippedBitsPair(
    map: number,
    start: number,
    map2: number,
    start2: number,
    p: number,
    end: number,
    out: number,
    status: number,
  ): number;
  hits: { value: number };
  lines: { value: number };
}

/** Where the trigger's byte table and its prefilter's masks sit in memory. */
interface Placed {
  base: number;
  start: number;
  masks: number;
}

/** Where a line automaton's class map and rows sit in memory (see scan.wat's bits). */
interface PlacedLine {
  map: number;
  rows: number;
  start: number;
}

/** The hit lines of a chunk: start, end (offset of its newline) and line index, three per hit. */
export interface ChunkHits {
  lines: Int32Array;
  count: number;
  /** Newlines in the chunk. */
  newlines: number;
}

/**
 * The scanner's byte loops (scan.wat): which lines of a chunk of raw bytes hold a trigger match,
 * and which patterns of a line automaton occur in one line, one table lookup per byte. The chunk is
 * copied once into the module's memory; the lines are then read from there. Where WebAssembly is
 * unavailable the same tables are walked in JavaScript.
 */
export class ByteEngine {
  private readonly memory: { buffer: ArrayBuffer; grow(pages: number): number };
  private readonly exports: ScanExports;
  private readonly trigger: Placed;
  private readonly lineTables: PlacedLine[] = [];
  private readonly chunkAt: number;
  private out = new Int32Array(0);
  private chunkLength = 0;
  /** Where a line stripped of ANSI codes is written, past the chunk's hits. */
  private scratchAt = 0;
  private scratchLength = 0;
  /** strippedBits' results, read through a view (cheaper than a WebAssembly global per line). */
  private readonly statusAt: number;
  private status: Int32Array;
  readonly usesWebAssembly: boolean;

  /**
   * `lineAutomata` are answered by `bits(i, ...)`, in this order. `prefilter`: the trigger's masks
   * (tables.generated.ts); without them every position is tried, which finds the same lines.
   */
  constructor(
    trigger: CompiledAutomaton,
    lineAutomata: readonly CompiledAutomaton[],
    prefilter?: readonly number[],
  ) {
    for (const a of [trigger, ...lineAutomata]) {
      if (a.classCount === 0 || a.low.length !== 256)
        throw new Error('byte automata need a class for each of the 256 byte values');
    }
    if (trigger.patterns.some((p) => p.anchored))
      throw new Error('the trigger runs over many lines: anchored patterns are not supported');
    if (prefilter && (prefilter.length !== MASK_BYTES || prefilter.some((m) => m !== (m & 0xff))))
      throw new Error(`the trigger prefilter must be ${MASK_BYTES} bytes`);
    let size = 0;
    const masks = trigger.stateCount * ROW;
    this.trigger = { base: 0, start: trigger.start * ROW, masks };
    this.statusAt = masks + MASK_BYTES;
    size = this.statusAt + STATUS_BYTES;
    for (const a of lineAutomata) {
      const map = size;
      const rows = map + 256 * 4;
      size = rows + a.stateCount * (a.classCount + 1) * 4;
      this.lineTables.push({ map, rows, start: rows + a.start * (a.classCount + 1) * 4 });
    }
    this.chunkAt = size;
    const wasm = instantiate(size + (1 << 20));
    this.usesWebAssembly = wasm !== undefined;
    if (wasm) {
      this.memory = wasm.memory;
      this.exports = wasm.exports;
    } else {
      const memory = new GrowableMemory(size + (1 << 20));
      this.memory = memory;
      this.exports = scanFunctionsInJs(memory);
    }
    const words = new Int32Array(this.memory.buffer);
    this.status = new Int32Array(this.memory.buffer, this.statusAt, 3);
    fillTrigger(words, trigger, this.trigger);
    new Uint8Array(this.memory.buffer, masks, MASK_BYTES).set(
      prefilter ?? new Array<number>(MASK_BYTES).fill(0xff),
    );
    lineAutomata.forEach((a, i) => fillLine(words, a, this.lineTables[i]!));
  }

  /** Copies the chunk in and finds its hit lines. The result is reused by the next call. */
  scan(data: Uint8Array): ChunkHits {
    const length = data.length;
    const out = this.chunkAt + align4(length);
    // A hit line takes at least two bytes (a match and its newline, or the chunk's end): 12 bytes
    // of output per hit fit in 6 per byte.
    this.scratchAt = align4(out + 6 * length + 24);
    // The scratch line is never longer than the chunk.
    const needed = this.scratchAt + length;
    if (this.memory.buffer.byteLength < needed) {
      this.memory.grow(Math.ceil((needed - this.memory.buffer.byteLength) / PAGE));
      this.status = new Int32Array(this.memory.buffer, this.statusAt, 3);
    }
    new Uint8Array(this.memory.buffer, this.chunkAt, length).set(data);
    this.chunkLength = length;
    const at = this.chunkAt;
    const e = this.exports;
    e.scan(this.trigger.start, this.trigger.masks, at, at + length, out);
    const count = e.hits.value;
    if (this.out.length < count * 3) this.out = new Int32Array(count * 6);
    const words = new Int32Array(this.memory.buffer);
    const lines = this.out;
    for (let i = 0; i < count * 3; i += 3) {
      const w = (out >> 2) + i;
      lines[i] = words[w]! - at;
      lines[i + 1] = words[w + 1]! - at;
      lines[i + 2] = words[w + 2]!;
    }
    return { lines, count, newlines: e.lines.value };
  }

  /**
   * The bits of line automaton `which` over bytes [from, to) of the chunk last scanned, or with
   * `stripped` of the line `strip` left.
   */
  bits(which: number, from: number, to: number, stripped = false): number {
    const [at, length] = stripped
      ? [this.scratchAt, this.scratchLength]
      : [this.chunkAt, this.chunkLength];
    if (from < 0 || to > length || from > to)
      throw new RangeError(`bytes ${from}..${to} are outside the ${stripped ? 'line' : 'chunk'}`);
    const t = this.lineTables[which]!;
    return this.exports.bits(t.map, t.start, at + from, at + to);
  }

  /**
   * The bits of line automaton `which` over bytes [from, to) of the chunk as normalising leaves them
   * without ANSI codes. Where codes were skipped (`skipped` > 0) the stripped line is kept for
   * `bits(..., true)` and `stripped()` until the next call; `skipped` is 2 or more when a skipped
   * code held a `\r` or a tab.
   */
  strippedBits(which: number, from: number, to: number): number {
    return this.strip(which, undefined, from, to);
  }

  /**
   * strippedBits of automaton `which`; in the same pass, left in `pairBits`, the bits of automaton
   * `second` over the stripped line without its trailing spaces (what `bits(second, ...)` over the
   * trimmed line gives).
   */
  strippedBitsPair(which: number, second: number, from: number, to: number): number {
    return this.strip(which, second, from, to);
  }

  private strip(which: number, second: number | undefined, from: number, to: number): number {
    if (from < 0 || to > this.chunkLength || from > to)
      throw new RangeError(`bytes ${from}..${to} are outside the chunk`);
    const t = this.lineTables[which]!;
    const e = this.exports;
    const p = this.chunkAt + from;
    const end = this.chunkAt + to;
    let bits: number;
    if (second === undefined) {
      bits = e.strippedBits(t.map, t.start, p, end, this.scratchAt, this.statusAt);
    } else {
      const t2 = this.lineTables[second]!;
      bits = e.strippedBitsPair(
        t.map,
        t.start,
        t2.map,
        t2.start,
        p,
        end,
        this.scratchAt,
        this.statusAt,
      );
      this.pairBits = this.status[2]!;
    }
    this.scratchLength = this.status[0]!;
    this.skipped = this.status[1]!;
    return bits;
  }

  /** Set by strippedBits. */
  skipped = 0;

  /** Set by strippedBitsPair. */
  pairBits = 0;

  /** The length of the line strippedBits stripped. */
  get strippedLength(): number {
    return this.scratchLength;
  }

  /** The stripped line's bytes: a view, valid until the next `scan`. */
  stripped(): Buffer {
    return Buffer.from(this.memory.buffer, this.scratchAt, this.scratchLength);
  }
}

function fillTrigger(words: Int32Array, a: CompiledAutomaton, at: Placed): void {
  const { classCount, low, next, accept, stateCount } = a;
  for (let s = 0; s < stateCount; s++) {
    const row = (at.base + s * ROW) >> 2;
    for (let byte = 0; byte < 256; byte++) {
      const to = next[s * classCount + low[byte]!]!;
      if (byte === 10 && (accept[to] !== 0 || to !== a.start))
        throw new Error('the trigger must not match across a newline: the scanner works by line');
      words[row + byte] = accept[to] !== 0 ? HIT : at.base + to * ROW;
    }
  }
}

function fillLine(words: Int32Array, a: CompiledAutomaton, at: PlacedLine): void {
  const { classCount, low, next, accept, stateCount } = a;
  const rowBytes = (classCount + 1) * 4;
  for (let byte = 0; byte < 256; byte++) words[(at.map >> 2) + byte] = 4 + low[byte]! * 4;
  for (let s = 0; s < stateCount; s++) {
    const row = (at.rows + s * rowBytes) >> 2;
    words[row] = accept[s]!;
    for (let c = 0; c < classCount; c++) {
      const to = next[s * classCount + c]!;
      words[row + 1 + c] = (at.rows + to * rowBytes) | (accept[to] !== 0 ? 1 : 0);
    }
  }
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** The part of the WebAssembly API used here (the DOM typings are not loaded). */
interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

let module: object | null | undefined;

function instantiate(bytes: number): { memory: WasmMemory; exports: ScanExports } | undefined {
  const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  if (module === null || !wasm) return undefined;
  try {
    module ??= new wasm.Module(Buffer.from(SCAN_WASM, 'base64'));
    const memory = new wasm.Memory({ initial: Math.ceil(bytes / PAGE) });
    const instance = new wasm.Instance(module, { env: { memory } });
    return { memory, exports: instance.exports as unknown as ScanExports };
  } catch {
    module = null;
    return undefined;
  }
}

class GrowableMemory {
  buffer: ArrayBuffer;
  constructor(bytes: number) {
    this.buffer = new ArrayBuffer(Math.ceil(bytes / PAGE) * PAGE);
  }
  grow(pages: number): number {
    const bigger = new ArrayBuffer(this.buffer.byteLength + pages * PAGE);
    new Uint8Array(bigger).set(new Uint8Array(this.buffer));
    const old = this.buffer.byteLength / PAGE;
    this.buffer = bigger;
    return old;
  }
}

/** scan.wat's functions in JavaScript, over the same memory layout. */
export function scanFunctionsInJs(memory: { buffer: ArrayBuffer }): ScanExports {
  const globals = { hits: { value: 0 }, lines: { value: 0 } };
  return {
    ...globals,
    // Every byte through the automaton: what the prefilter must not change.
    scan(start, _masks, from, end, out) {
      const bytes = new Uint8Array(memory.buffer);
      const words = new Int32Array(memory.buffer);
      const countNewlines = (p: number, to: number) => {
        let n = 0;
        for (; p < to; p++) if (bytes[p] === 10) n++;
        return n;
      };
      let state = start;
      let hits = 0;
      let lines = 0;
      let counted = from;
      for (let p = from; p < end; p++) {
        const next = words[(state >> 2) + bytes[p]!]!;
        if (next >= 0) {
          state = next;
          continue;
        }
        state = start;
        let lineStart = p;
        while (lineStart > from && bytes[lineStart - 1] !== 10) lineStart--;
        lines += countNewlines(counted, lineStart);
        counted = lineStart;
        let lineEnd = p;
        while (lineEnd < end && bytes[lineEnd] !== 10) lineEnd++;
        const w = (out >> 2) + hits * 3;
        words[w] = lineStart;
        words[w + 1] = lineEnd;
        words[w + 2] = lines;
        hits++;
        p = lineEnd;
      }
      globals.hits.value = hits;
      globals.lines.value = lines + countNewlines(counted, end);
    },
    strippedBits(map, start, p, end, out, status) {
      const bytes = new Uint8Array(memory.buffer);
      const words = new Int32Array(memory.buffer);
      let state = start;
      let bits = 0;
      let o = out;
      let skipped = 0;
      while (p < end) {
        const n = ansiAt(bytes, p, end);
        if (n > 0) {
          skipped |= 1;
          for (let q = p; q < p + n; q++) if (bytes[q] === 13 || bytes[q] === 9) skipped = 3;
          p += n;
          continue;
        }
        const c = bytes[p++]!;
        bytes[o++] = c;
        const entry = words[(state + words[(map >> 2) + c]!) >> 2]!;
        state = entry & ~1;
        if ((entry & 1) !== 0) bits |= words[state >> 2]!;
      }
      words[status >> 2] = o - out;
      words[(status >> 2) + 1] = skipped;
      return bits;
    },
    strippedBitsPair(map, start, map2, start2, p, end, out, status) {
      const bits = this.strippedBits(map, start, p, end, out, status);
      const words = new Int32Array(memory.buffer);
      const trimmed = trimEnd(new Uint8Array(memory.buffer), out, out + words[status >> 2]!);
      words[(status >> 2) + 2] = this.bits(map2, start2, out, trimmed);
      return bits;
    },
    bits(map, start, p, end) {
      const bytes = new Uint8Array(memory.buffer);
      const words = new Int32Array(memory.buffer);
      let state = start;
      let bits = 0;
      for (; p < end; p++) {
        const entry = words[(state + words[(map >> 2) + bytes[p]!]!) >> 2]!;
        state = entry & ~1;
        if ((entry & 1) !== 0) bits |= words[state >> 2]!;
      }
      return bits;
    },
  };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The end of [start, end) without trailing space, \t, \v, \f or \r. */
function trimEnd(b: Uint8Array, start: number, end: number): number {
  while (end > start && (b[end - 1] === 32 || (b[end - 1]! >= 9 && b[end - 1]! <= 13))) end--;
  return end;
}

/** scan.wat's $ansiAt: the length of the ANSI code normalise.ts's regex matches at `p`, or 0. */
function ansiAt(b: Uint8Array, p: number, end: number): number {
  const c = b[p]!;
  if (c === 27) {
    if (p + 1 >= end) return 0;
    const next = b[p + 1]!;
    let j = p + 2;
    if (next === 91) {
      while (j < end && (isDigit(b[j]!) || b[j] === 59 || b[j] === 63)) j++;
      return j < end && /[A-Za-z]/.test(String.fromCharCode(b[j]!)) ? j + 1 - p : 0;
    }
    if (next === 93) {
      while (j < end && b[j] !== 7) j++;
      return j < end ? j + 1 - p : 0;
    }
    if ((next === 40 || next === 41) && j < end && /[A-Z0-9]/.test(String.fromCharCode(b[j]!)))
      return 3;
    return 0;
  }
  if (c !== 91) return 0;
  let j = p + 1;
  for (;;) {
    let digits = 0;
    while (j < end && isDigit(b[j]!) && digits < 4) {
      digits++;
      j++;
    }
    if (digits === 0 || digits > 3 || j >= end) break;
    if (b[j] === 109) return j + 1 - p;
    if (b[j] !== 59) break;
    j++;
  }
  if (p + 1 < end && b[p + 1] === 109) return 2;
  j = p + 1;
  while (j < end && isDigit(b[j]!)) j++;
  return j < end && b[j] === 75 ? j + 1 - p : 0;
}
