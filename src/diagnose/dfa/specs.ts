// What each shipped automaton is built from. Imported by the generator and by the test that checks
// tables.generated.ts is current; the runtime compares the sources it was given instead.
import type { PatternSpec } from './compile.js';
import type { AutomatonName } from './tables.js';
import { dispatchPatterns, rawDispatchPatterns, triggerSource } from '../parsers/registry.js';
import { NOISE_PARTS, RAW_DETAIL_PARTS, RAW_LINE_PARTS } from '../quick-noise.js';

export interface AutomatonSpec {
  patterns: PatternSpec[];
  maxCharacter: 0xff | 0xffff;
  /** Over UTF-8 bytes standing for UTF-16 text: only literal bytes above 0x7f. */
  byteSafe?: boolean;
}

export function automatonSpecs(): Record<AutomatonName, AutomatonSpec> {
  return {
    // Raw bytes read as latin1: the scanner's stop condition over whole chunks.
    trigger: { patterns: [{ source: triggerSource() }], maxCharacter: 0xff },
    dispatch: { patterns: dispatchPatterns(), maxCharacter: 0xffff },
    noise: { patterns: NOISE_PARTS.map((p) => ({ ...p })), maxCharacter: 0xffff },
    // Raw line bytes after the timestamp, read as latin1 like isRawNoise reads them.
    rawline: { patterns: RAW_LINE_PARTS.map((p) => ({ ...p })), maxCharacter: 0xff },
    // Whether a detail line may be worth a parser's reading, over its raw bytes.
    rawdetail: { patterns: RAW_DETAIL_PARTS.map((p) => ({ ...p })), maxCharacter: 0xff },
    // The dispatch patterns over a clean line's UTF-8 bytes.
    rawdispatch: { patterns: rawDispatchPatterns(), maxCharacter: 0xff, byteSafe: true },
  };
}
