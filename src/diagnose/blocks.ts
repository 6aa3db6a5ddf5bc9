import type { Category, FailingTest, SourceLocation } from './report.js';
import type { LineFinding } from './parsers/types.js';

/** A run of adjacent error lines and their continuation (stack frames, indented detail). */
export interface ErrorBlock {
  startLine: number;
  endLine: number;
  /** Text of the first lines, at most the excerpt cap; the rest is counted, not kept. */
  lines: string[];
  score: number;
  strongest: number;
  errorLines: number;
  cascadeOnly: boolean;
  category: Category;
  tools: string[];
  /** Its most telling line: the first one with the block's strongest weight. */
  headline?: string;
  /** The workflow step (`##[group]Run ...`) the block was printed in. */
  step?: string;
  /** Only consequences so far (`FAILURE: Build failed`): the block starts again at its first cause. */
  leadingConsequences?: boolean;
}

function isConsequence(finding: LineFinding): boolean {
  return finding.cascade === true && finding.weight < 2;
}

/** Drops the consequences printed before the first cause, so the excerpt opens on the cause. */
function startAt(block: ErrorBlock, lineNo: number, text: string): void {
  const drop = lineNo - block.startLine;
  block.lines = drop < block.lines.length ? block.lines.slice(drop) : [text];
  block.startLine = lineNo;
  block.leadingConsequences = false;
}

const MAX_BLOCK_LINES = 400;

/** Builds blocks from classified lines, keeping at most `cap` lines of text per block. */
export class BlockBuilder {
  private open: ErrorBlock | undefined;
  private prefix = '';
  /** Lines after the block that join it only if detail follows (a message line before a stack). */
  private pending: string[] = [];
  readonly finished: ErrorBlock[] = [];

  constructor(private readonly cap: number) {}

  get isOpen(): boolean {
    return this.open !== undefined;
  }

  /** A line some parser scored: starts a block or joins the open one. */
  addErrorLine(lineNo: number, text: string, finding: LineFinding, step: string | undefined): void {
    const open = this.open;
    // A consequence printed by another tool (`make: *** Error 1` after gcc's error) is not detail
    // of the cause; the same tool's own trailer (`[ERROR] -> [Help 1]`) is.
    const sameVoice = !finding.cascade || (this.prefix !== '' && text.startsWith(this.prefix));
    if (open && !sameVoice && finding.weight < 2) {
      // Interleaved output can put it between the cause and its detail: joins only if detail follows.
      this.addPlainLine(lineNo, text);
      return;
    }
    if (
      open &&
      sameVoice &&
      lineNo - open.endLine <= 1 + Math.min(1, this.pending.length) &&
      open.endLine - open.startLine < MAX_BLOCK_LINES
    ) {
      this.extend(open, lineNo, text);
      if (open.leadingConsequences && !isConsequence(finding)) startAt(open, lineNo, text);
      this.absorb(open, finding, text);
      return;
    }
    this.close();
    const block: ErrorBlock = {
      startLine: lineNo,
      endLine: lineNo,
      lines: [text],
      score: 0,
      strongest: 0,
      errorLines: 0,
      cascadeOnly: true,
      category: finding.category,
      tools: [],
      step,
      leadingConsequences: isConsequence(finding),
    };
    this.prefix = tagOf(text);
    this.absorb(block, finding, text);
    this.open = block;
  }

  /**
   * Whether the next line, if it is indented detail, would only lengthen the open block: adjacent,
   * the block's text already at the cap, under the length limit.
   */
  takesDetailWithoutText(lineNo: number): boolean {
    const open = this.open;
    return (
      open !== undefined &&
      open.lines.length >= this.cap &&
      lineNo === open.endLine + 1 + this.pending.length &&
      open.endLine - open.startLine < MAX_BLOCK_LINES
    );
  }

  /** `addPlainLine` for an indented line when `takesDetailWithoutText` said so. */
  addDetailWithoutText(lineNo: number): void {
    this.extend(this.open!, lineNo, '');
  }

  /** A line no parser scored: continues the open block if it reads as detail of it. */
  addPlainLine(lineNo: number, text: string): void {
    const open = this.open;
    if (!open) return;
    const adjacent = lineNo === open.endLine + 1 + this.pending.length;
    if (adjacent && this.continues(text) && open.endLine - open.startLine < MAX_BLOCK_LINES) {
      this.extend(open, lineNo, text);
      return;
    }
    if (adjacent && this.pending.length < 2) {
      this.pending.push(text);
      return;
    }
    this.close();
  }

  close(): void {
    if (this.open) this.finished.push(finalise(this.open));
    this.open = undefined;
    this.pending = [];
  }

  private extend(block: ErrorBlock, lineNo: number, text: string): void {
    for (const line of this.pending) if (block.lines.length < this.cap) block.lines.push(line);
    this.pending = [];
    block.endLine = lineNo;
    if (block.lines.length < this.cap) block.lines.push(text);
  }

  private absorb(block: ErrorBlock, finding: LineFinding, text: string): void {
    if (finding.weight <= 0) return;
    block.errorLines++;
    if (!finding.cascade) block.cascadeOnly = false;
    if (
      finding.weight > block.strongest ||
      (finding.weight === block.strongest && block.category === 'unknown')
    ) {
      if (finding.weight > block.strongest) block.headline = text;
      block.strongest = finding.weight;
      if (finding.category !== 'unknown' || block.category === 'unknown')
        block.category = finding.category;
    }
    if (finding.tool !== 'generic' && !block.tools.includes(finding.tool))
      block.tools.push(finding.tool);
  }

  private continues(text: string): boolean {
    if (INDENTED.test(text)) return true;
    if (text.trim() === '') return false;
    if (CONTINUATION.test(text)) return true;
    return this.prefix !== '' && text.startsWith(this.prefix);
  }
}

const INDENTED = /^\s+\S/;
const CONTINUATION = /^(?:Caused by|Suppressed|\.\.\. \d+ more|at |-->|\||\^|= |note:|help:|E\s)/;
const TAG = /^(\[(?:ERROR|FATAL|FAIL|ERR)\]|npm (?:ERR!|error)|E {2,}|error|>)/;

/**
 * Whether a plain line (normalised, no trigger match) could continue some open block, whatever tag
 * it opened with. Three lines in a row that cannot close any open block: a place to cut a log.
 */
export function mayContinueBlock(text: string): boolean {
  if (INDENTED.test(text)) return true;
  if (text.trim() === '') return false;
  return CONTINUATION.test(text) || TAG.test(text);
}

/** The leading tag a tool repeats on every line of one message (`[ERROR]`, `npm ERR!`, `E `). */
function tagOf(text: string): string {
  const m = TAG.exec(text);
  return m ? m[1]! : '';
}

function finalise(block: ErrorBlock): ErrorBlock {
  delete block.leadingConsequences;
  const detail = Math.min(block.errorLines - 1, 4) * 0.15;
  const toolBonus = block.tools.length > 0 ? 0.5 : 0;
  let score = block.strongest + detail + toolBonus;
  if (block.cascadeOnly) score *= 0.3;
  block.score = Number(score.toFixed(3));
  return block;
}

/** What a Findings holds, as plain data (it crosses from a worker thread). */
export interface FindingsData {
  locations: SourceLocation[];
  failingTests: FailingTest[];
  /** Weights in millionths. */
  toolWeights: [string, ToolWeight][];
}

interface ToolWeight {
  weight: number;
  firstLine: number;
  count: number;
}

/**
 * Weights are summed in whole millionths: integer sums do not depend on their order, so a log
 * scanned in segments weighs its tools exactly as one scan does.
 */
const UNITS = 1e6;

/** Bounded collections of what parsers found, deduplicated. */
export class Findings {
  readonly locations: SourceLocation[] = [];
  readonly failingTests: FailingTest[] = [];
  /** Per tool: its weight in millionths, the line it first scored on, how often it scored. */
  private readonly tools = new Map<string, ToolWeight>();
  private readonly seen = new Set<string>();

  constructor(private readonly cap = 200) {}

  add(finding: LineFinding, lineNo: number): void {
    if (finding.weight > 0 && finding.tool !== 'generic') {
      const entry = this.tools.get(finding.tool);
      const weight = Math.round((finding.cascade ? finding.weight * 0.3 : finding.weight) * UNITS);
      if (entry) {
        entry.weight += weight;
        entry.count++;
      } else this.tools.set(finding.tool, { weight, firstLine: lineNo, count: 1 });
    }
    if (finding.location && this.locations.length < this.cap) {
      const { file, line, column, message } = finding.location;
      this.addLocation({ file, line, ...(column ? { column } : {}), message, tool: finding.tool });
    }
    if (finding.failingTest && this.failingTests.length < this.cap)
      this.addFailingTest(dropUndefined(finding.failingTest));
  }

  /** Tools that found something, in the order they first did, with their summed weights. */
  get toolWeights(): Map<string, ToolWeight> {
    return new Map(
      [...this.tools].map(([tool, w]) => [tool, { ...w, weight: w.weight / UNITS }] as const),
    );
  }

  toData(): FindingsData {
    return {
      locations: this.locations,
      failingTests: this.failingTests,
      toolWeights: [...this.tools],
    };
  }

  /**
   * Adds what a later part of the log found, its lines `lineOffset` further down: the same as adding
   * each finding in order, since each part keeps its first `cap` distinct ones.
   */
  addAll(data: FindingsData, lineOffset: number): void {
    for (const [tool, w] of data.toolWeights) {
      const entry = this.tools.get(tool);
      if (entry) {
        entry.weight += w.weight;
        entry.count += w.count;
      } else this.tools.set(tool, { ...w, firstLine: w.firstLine + lineOffset });
    }
    for (const location of data.locations) {
      if (this.locations.length >= this.cap) break;
      this.addLocation(location);
    }
    for (const test of data.failingTests) {
      if (this.failingTests.length >= this.cap) break;
      this.addFailingTest(test);
    }
  }

  private addLocation(location: SourceLocation): void {
    const key = `L${location.file}:${location.line}:${location.column ?? ''}:${location.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.locations.push(location);
  }

  private addFailingTest(test: FailingTest): void {
    const key = `T${test.file ?? ''}:${test.name}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.failingTests.push(test);
  }
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
