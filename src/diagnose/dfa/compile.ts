// Development-time only: turns regular expressions into one deterministic automaton, so the scanner
// can test many patterns in a single pass over a line (or a whole chunk of raw bytes). refa parses
// the expressions and builds the per-pattern NFAs; the subset construction below joins them and
// keeps, per state, which patterns have just matched. The result is written to tables.generated.ts
// by scripts/generate-dfa.ts, so the actions never load refa or pay for the construction.
import { JS, NFA, type Concatenation, type Expression, type NoParent } from 'refa';
import type { CompiledAutomaton } from './automaton.js';

export interface PatternSpec {
  /** A JavaScript regular expression source, matched without the `u` flag (UTF-16 code units). */
  source: string;
  flags?: string;
  /**
   * Matches only at the start of the text (the source's leading `^`, removed by the caller). Only
   * meaningful for automata run over one line at a time.
   */
  anchored?: boolean;
  /**
   * Cut each alternative at its first unbounded repeat (`.*`, `\\s+`): the automaton then finds a
   * superset (a prefix of a match) and the pattern counts as inexact. For prefilters only, where
   * repeats would multiply the states.
   */
  truncateRepeats?: boolean;
}

export interface CompileOptions {
  /** The largest code unit the automaton distinguishes: 0xff for raw bytes read as latin1. */
  maxCharacter: 0xff | 0xffff;
  /** Refuse to build more states than this: an expression that blows up must be rewritten. */
  maxStates?: number;
  /**
   * The patterns stand for UTF-16 text but run over its UTF-8 bytes: allowed only where every step
   * that takes a byte above 0x7f takes exactly one (a literal's encoding), never a class of them.
   */
  byteSafe?: boolean;
}

interface NodeInfo {
  out: { set: { has(char: number): boolean }; to: number }[];
  /** Bit of the pattern this node completes, 0 if it is not final. */
  accept: number;
}

/**
 * Compiles up to 31 patterns into one automaton whose states carry a bit per pattern that has just
 * matched. `exact[i]` is false when pattern i has assertions (`\b`, lookarounds): those are dropped,
 * so the automaton finds a superset and the caller confirms with the regex itself.
 */
export function compileAutomaton(
  patterns: readonly PatternSpec[],
  options: CompileOptions,
): CompiledAutomaton {
  if (patterns.length === 0 || patterns.length > 31)
    throw new Error(`an automaton takes 1 to 31 patterns, not ${patterns.length}`);
  const maxStates = options.maxStates ?? 4000;
  const nodes: NodeInfo[] = [];
  const unanchoredStarts: number[] = [];
  const anchoredStarts: number[] = [];
  const exact: boolean[] = [];
  const boundaries = new Set<number>([0, options.maxCharacter + 1]);
  if (options.maxCharacter > 0xff) boundaries.add(0x100);

  patterns.forEach((pattern, index) => {
    const parsed = parse(pattern);
    const { maxCharacter } = parsed;
    let expression = parsed.expression as Expr;
    let truncated = false;
    if (pattern.truncateRepeats) {
      const alternatives = expression.alternatives.map(truncateAtRepeat);
      truncated = alternatives.some((a) => a.cut);
      expression = { ...expression, alternatives: alternatives.map((a) => a.concat) };
    }
    if (maxCharacter !== 0xffff)
      throw new Error(
        `pattern ${index} (/${pattern.source}/): the u and v flags are not supported`,
      );
    const nfa = NFA.fromRegex(expression, { maxCharacter }, { assertions: 'ignore' });
    exact.push(!truncated && hasNoAssertions(expression, maxCharacter));
    if (nfa.finals.has(nfa.initial))
      throw new Error(`pattern ${index} (/${pattern.source}/) matches the empty string`);
    const ids = new Map<unknown, number>();
    const idOf = (node: unknown): number => {
      let id = ids.get(node);
      if (id === undefined) {
        id = nodes.length;
        ids.set(node, id);
        nodes.push({ out: [], accept: 0 });
      }
      return id;
    };
    for (const node of nfa.nodes()) {
      const info = nodes[idOf(node)]!;
      if (nfa.finals.has(node)) info.accept = 1 << index;
      for (const [to, set] of node.out) {
        const ranges = set.ranges.filter((r) => r.min <= options.maxCharacter);
        if (options.byteSafe) {
          const high = ranges.reduce(
            (n, r) => n + Math.max(0, Math.min(r.max, 0xff) - Math.max(r.min, 0x80) + 1),
            0,
          );
          if (high > 1)
            throw new Error(
              `pattern ${index} (/${pattern.source}/) takes a class of non-ASCII bytes; ` +
                'over UTF-8 only literal non-ASCII characters are allowed',
            );
        }
        if (ranges.length === 0) continue;
        for (const r of ranges) {
          boundaries.add(r.min);
          boundaries.add(Math.min(r.max, options.maxCharacter) + 1);
        }
        info.out.push({ set, to: idOf(to) });
      }
    }
    (pattern.anchored ? anchoredStarts : unanchoredStarts).push(idOf(nfa.initial));
  });

  // Intervals of code units no pattern tells apart; each is represented by its first code unit.
  const cuts = [...boundaries].sort((a, b) => a - b);
  const intervals = cuts.slice(0, -1).map((start, i) => ({ start, end: cuts[i + 1]! - 1 }));

  const states: number[][] = [];
  const stateIds = new Map<string, number>();
  const transitions: number[][] = [];
  const intern = (set: number[]): number => {
    const key = set.join(',');
    let id = stateIds.get(key);
    if (id === undefined) {
      id = states.length;
      if (id >= maxStates)
        throw new Error(`the automaton needs more than ${maxStates} states; simplify the patterns`);
      stateIds.set(key, id);
      states.push(set);
    }
    return id;
  };
  const start = intern([...new Set([...anchoredStarts])].sort((a, b) => a - b));
  for (let s = 0; s < states.length; s++) {
    const from = [...states[s]!, ...unanchoredStarts];
    const row: number[] = [];
    for (const { start: char } of intervals) {
      const next = new Set<number>();
      for (const id of from)
        for (const edge of nodes[id]!.out) if (edge.set.has(char)) next.add(edge.to);
      row.push(intern([...next].sort((a, b) => a - b)));
    }
    transitions.push(row);
  }

  // Merge intervals whose columns are identical into one character class.
  const classOfInterval: number[] = [];
  const columnClass = new Map<string, number>();
  intervals.forEach((_, i) => {
    const key = transitions.map((row) => row[i]).join(',');
    let cls = columnClass.get(key);
    if (cls === undefined) {
      cls = columnClass.size;
      columnClass.set(key, cls);
    }
    classOfInterval.push(cls);
  });
  const classCount = columnClass.size;
  const next = new Uint16Array(states.length * classCount);
  if (states.length > 0xffff) throw new Error('too many states for 16-bit transitions');
  transitions.forEach((row, s) =>
    row.forEach((to, i) => (next[s * classCount + classOfInterval[i]!] = to)),
  );
  const low = new Uint8Array(0x100);
  const highStarts: number[] = [];
  const highClasses: number[] = [];
  intervals.forEach(({ start: from, end }, i) => {
    const cls = classOfInterval[i]!;
    if (cls > 0xff) throw new Error('more than 256 character classes');
    for (let c = from; c <= Math.min(end, 0xff); c++) low[c] = cls;
    if (end > 0xff) {
      const at = Math.max(from, 0x100);
      if (highClasses[highClasses.length - 1] !== cls) {
        highStarts.push(at);
        highClasses.push(cls);
      }
    }
  });
  const accept = new Int32Array(states.length);
  states.forEach((set, s) => {
    accept[s] = set.reduce((bits, id) => bits | nodes[id]!.accept, 0);
  });
  return {
    patterns: patterns.map((p) => ({ ...p })),
    exact,
    start,
    classCount,
    stateCount: states.length,
    low,
    highStarts,
    highClasses,
    next,
    accept,
  };
}

function parse(pattern: PatternSpec) {
  return JS.Parser.fromLiteral({ source: pattern.source, flags: pattern.flags ?? '' }).parse({
    assertions: 'parse',
    backreferences: 'throw',
  });
}

type Expr = NoParent<Expression>;
type Concat = NoParent<Concatenation>;

/** The concatenation up to its first unbounded repeat (a superset of what it matches). */
function truncateAtRepeat(concat: Concat): { concat: Concat; cut: boolean } {
  const elements: Concat['elements'] = [];
  for (const element of concat.elements) {
    if (element.type === 'Quantifier' && element.max === Infinity)
      return { concat: { ...concat, elements }, cut: true };
    if (element.type === 'Alternation' || element.type === 'Quantifier') {
      const inner = element.alternatives.map(truncateAtRepeat);
      if (inner.some((a) => a.cut)) {
        // A cut alternative ends the match there; a repeated group with a cut inside is dropped.
        if (element.type === 'Alternation')
          elements.push({ ...element, alternatives: inner.map((a) => a.concat) });
        return { concat: { ...concat, elements }, cut: true };
      }
    }
    elements.push(element);
  }
  return { concat, cut: false };
}

function hasNoAssertions(expression: Expr, maxCharacter: number) {
  try {
    NFA.fromRegex(expression, { maxCharacter }, { assertions: 'throw' });
    return true;
  } catch {
    return false;
  }
}
