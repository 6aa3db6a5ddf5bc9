import { baselineMarks } from './baseline.js';
import type { ErrorBlock } from './blocks.js';
import { rankBlocks } from './ranking.js';
import type { Category, Excerpt, FailingTest, SourceLocation } from './report.js';
import { scanLogFile } from './scan-file.js';

export interface LogOptions {
  maxExcerptLines: number;
  maxExcerpts?: number;
  /** A passing log of the same job to diff against. */
  baselineFile?: string;
  /** Threads a large log is scanned with (see scanLogFile). */
  threads?: number;
}

/** What one log says: the heuristic diagnosis, before jobs are merged into one report. */
export interface LogDiagnosis {
  file: string;
  category: Category;
  confidence: number;
  summary: string;
  excerpts: Excerpt[];
  failingTests: FailingTest[];
  locations: SourceLocation[];
  tools: string[];
  failedStep?: string;
  command?: string;
  lineCount: number;
  bytes: number;
  notes: string[];
}

const FLAKY =
  /\b(?:timed? ?out|Timeout of \d+ms|ECONNRESET|socket hang up|flaky|deadlock|race condition|intermittent|EADDRINUSE)\b/i;

export async function analyseLog(
  file: string,
  displayName: string,
  options: LogOptions,
): Promise<LogDiagnosis> {
  const notes: string[] = [];
  let marks: Uint8Array | undefined;
  if (options.baselineFile) {
    marks = await baselineMarks(file, options.baselineFile);
    if (!marks)
      notes.push(`baseline not used: ${displayName} or its baseline is too long to align`);
  }
  const scan = await scanLogFile(file, {
    maxExcerptLines: options.maxExcerptLines,
    baselineMarks: marks,
    threads: options.threads,
  });
  if (scan.invalidUtf8)
    notes.push(`${displayName} is not valid UTF-8; bad bytes are shown as U+FFFD`);
  const ranked = rankBlocks(scan.blocks, { maxExcerpts: options.maxExcerpts ?? 5 });
  const excerpts = ranked.map((b) => toExcerpt(displayName, b));
  const root = ranked[0];
  const tools = toolsByRelevance(scan.findings.toolWeights, root);
  const category = categoryOf(root, scan.findings.failingTests.length);
  const step = root?.step ?? scan.lastStep;
  return {
    file: displayName,
    category,
    confidence: confidenceOf(root, category, marks !== undefined),
    summary: summaryOf(category, root, tools, step),
    excerpts,
    failingTests: scan.findings.failingTests,
    locations: scan.findings.locations,
    tools,
    ...(step ? { failedStep: step, command: step.replace(/^Run /, '') } : {}),
    lineCount: scan.lineCount,
    bytes: scan.bytes,
    notes,
  };
}

function toExcerpt(file: string, block: ErrorBlock): Excerpt {
  return {
    file,
    startLine: block.startLine,
    endLine: block.startLine + block.lines.length - 1,
    text: block.lines.join('\n'),
  };
}

/** Tools that found errors: the root cause's first, then by how much each found. */
function toolsByRelevance(
  weights: Map<string, { weight: number; firstLine: number }>,
  root: ErrorBlock | undefined,
): string[] {
  const ordered = [...weights.entries()]
    .filter(([, w]) => w.weight >= 1)
    .sort((x, y) => y[1].weight - x[1].weight || x[1].firstLine - y[1].firstLine)
    .map(([tool]) => tool);
  const first = root?.tools ?? [];
  return [...first, ...ordered.filter((t) => !first.includes(t))];
}

function categoryOf(root: ErrorBlock | undefined, failingTests: number): Category {
  if (!root) return failingTests > 0 ? 'test' : 'unknown';
  if (root.category === 'test' && FLAKY.test(root.lines.join('\n'))) return 'flaky-suspect';
  if (root.category === 'unknown' && failingTests > 0) return 'test';
  return root.category;
}

function confidenceOf(
  root: ErrorBlock | undefined,
  category: Category,
  withBaseline: boolean,
): number {
  if (!root || category === 'unknown') return root ? 0.3 : 0.1;
  let confidence = 0.3 + 0.1 * Math.min(root.strongest, 4);
  if (root.tools.length > 0) confidence += 0.1;
  if (withBaseline) confidence += 0.05;
  if (root.cascadeOnly) confidence -= 0.2;
  if (category === 'flaky-suspect') confidence -= 0.15;
  return Number(Math.max(0.1, Math.min(0.95, confidence)).toFixed(2));
}

function summaryOf(
  category: Category,
  root: ErrorBlock | undefined,
  tools: string[],
  step: string | undefined,
): string {
  if (!root) return 'No error lines found in the log.';
  const headline = (root.headline ?? root.lines.find((l) => l.trim() !== '') ?? '').trim();
  const short = headline.length > 200 ? `${headline.slice(0, 197)}...` : headline;
  const tool = tools[0] ? ` (${tools[0]})` : '';
  const where = step ? ` in step "${step}"` : '';
  return `${category}${tool} failure${where} at line ${root.startLine}: ${short}`;
}
