import type { PatternSpec } from './compile.js';
import {
  deserialiseAutomaton,
  LineAutomaton,
  type CompiledAutomaton,
  type SerialisedAutomaton,
} from './automaton.js';
import { AUTOMATA, TRIGGER_PREFILTER } from './tables.generated.js';

export type AutomatonName = keyof typeof AUTOMATA;

const loaded = new Map<AutomatonName, CompiledAutomaton>();

/**
 * The shipped tables of one automaton, checked against the patterns the caller holds now: a parser
 * changed without `npm run generate` must fail loudly, not scan with yesterday's keywords.
 */
export function compiledAutomaton(
  name: AutomatonName,
  patterns: readonly PatternSpec[],
): CompiledAutomaton {
  let compiled = loaded.get(name);
  if (!compiled) {
    const serialised = AUTOMATA[name] as unknown as SerialisedAutomaton;
    if (!samePatterns(serialised.patterns, patterns)) {
      throw new Error(
        `src/diagnose/dfa/tables.generated.ts is out of date for the ${name} automaton: ` +
          'run `npm run generate` after changing parser needles, triggers or noise patterns',
      );
    }
    compiled = deserialiseAutomaton(serialised);
    loaded.set(name, compiled);
  }
  return compiled;
}

/** The trigger prefilter's masks, checked like the automata against the trigger the caller holds. */
export function triggerPrefilterMasks(source: string): readonly number[] {
  if (TRIGGER_PREFILTER.source !== source)
    throw new Error(
      'src/diagnose/dfa/tables.generated.ts is out of date for the trigger prefilter: ' +
        'run `npm run generate` after changing parser triggers',
    );
  return TRIGGER_PREFILTER.masks;
}

export function lineAutomaton(
  name: AutomatonName,
  patterns: readonly PatternSpec[],
): LineAutomaton {
  return new LineAutomaton(compiledAutomaton(name, patterns));
}

export function samePatterns(a: readonly PatternSpec[], b: readonly PatternSpec[]): boolean {
  const key = (p: PatternSpec) =>
    `${p.source}\u0000${p.flags ?? ''}\u0000${p.anchored ? 1 : 0}${p.truncateRepeats ? 1 : 0}`;
  return a.length === b.length && a.every((p, i) => key(p) === key(b[i]!));
}
