/**
 * A deterministic automaton over UTF-16 code units that tells, in one pass over a line, which of up
 * to 31 patterns occur in it. Built at development time (compile.ts, from the parsers' own regular
 * expressions) and shipped as tables, so the scanner's hot loop is one table lookup per character
 * instead of one regex per pattern.
 */
export interface CompiledAutomaton {
  patterns: { source: string; flags?: string; anchored?: boolean }[];
  /** Per pattern: the automaton decides it alone (false: it had assertions; confirm with the regex). */
  exact: boolean[];
  start: number;
  classCount: number;
  stateCount: number;
  /** Character class of each code unit below 256. */
  low: Uint8Array;
  /** Code units from 256 up: sorted starts of runs and each run's class. */
  highStarts: number[];
  highClasses: number[];
  /** next[state * classCount + class]. */
  next: Uint16Array;
  /** Bits of the patterns that end at the state just entered. */
  accept: Int32Array;
}

export class LineAutomaton {
  private readonly next: Int32Array;
  private readonly accept: Int32Array;
  private readonly low: Uint8Array;
  private readonly start: number;
  private readonly highStarts: Uint16Array;
  private readonly highClasses: Uint8Array;

  constructor(readonly compiled: CompiledAutomaton) {
    const { classCount } = compiled;
    // Premultiplied by the class count: the loop adds the class, no multiplication per character.
    const next = new Int32Array(compiled.next.length);
    for (let i = 0; i < next.length; i++) next[i] = compiled.next[i]! * classCount;
    this.next = next;
    this.accept = new Int32Array(compiled.stateCount * classCount);
    for (let s = 0; s < compiled.stateCount; s++) this.accept[s * classCount] = compiled.accept[s]!;
    this.low = compiled.low;
    this.start = compiled.start * classCount;
    this.highStarts = Uint16Array.from(compiled.highStarts);
    this.highClasses = Uint8Array.from(compiled.highClasses);
  }

  /** The bits of every pattern that occurs in `text`. */
  match(text: string): number {
    const { next, accept, low } = this;
    let state = this.start;
    let bits = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      state = next[state + (c < 0x100 ? low[c]! : this.highClass(c))]!;
      bits |= accept[state]!;
    }
    return bits;
  }

  private highClass(c: number): number {
    const starts = this.highStarts;
    let lo = 0;
    let hi = starts.length - 1;
    // The last run starting at or before c.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= c) lo = mid;
      else hi = mid - 1;
    }
    return this.highClasses[lo]!;
  }
}

/** Tables as text for the generated module: base64 of the typed arrays. */
export function serialiseAutomaton(a: CompiledAutomaton): string {
  return JSON.stringify(
    {
      ...a,
      low: Buffer.from(a.low).toString('base64'),
      next: Buffer.from(a.next.buffer, a.next.byteOffset, a.next.byteLength).toString('base64'),
      accept: Buffer.from(a.accept.buffer, a.accept.byteOffset, a.accept.byteLength).toString(
        'base64',
      ),
    },
    null,
    0,
  );
}

export interface SerialisedAutomaton extends Omit<CompiledAutomaton, 'low' | 'next' | 'accept'> {
  low: string;
  next: string;
  accept: string;
}

export function deserialiseAutomaton(s: SerialisedAutomaton): CompiledAutomaton {
  const bytes = (b64: string) => {
    const buffer = Buffer.from(b64, 'base64');
    // A fresh, aligned copy: typed array views need an offset that is a multiple of their size.
    return new Uint8Array(buffer).buffer;
  };
  return {
    ...s,
    low: new Uint8Array(bytes(s.low)),
    next: new Uint16Array(bytes(s.next)),
    accept: new Int32Array(bytes(s.accept)),
  };
}
