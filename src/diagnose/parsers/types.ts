import type { Category, FailingTest } from '../report.js';

/** What one parser read in one log line. */
export interface LineFinding {
  tool: string;
  category: Category;
  /** How strongly the line says "this is what broke": 0 (noise) to 4 (certain). */
  weight: number;
  /** A consequence of an earlier error (`make: *** Error 1`, `BUILD FAILURE`), not its cause. */
  cascade?: boolean;
  location?: { file: string; line: number; column?: number; message: string };
  failingTest?: FailingTest;
}

/** Read-only view of the lines just before the current one, nearest first (within one read chunk). */
export interface LineContext {
  previousLines(max: number): Iterable<string>;
}

/**
 * One tool's output format. Parsers see only lines that contain one of their needles (cheap literal
 * checks), so a 1 GB log is read at disk speed; `trigger` adds the raw-text pattern that makes the
 * scanner stop at lines the common error keywords would miss.
 */
export interface LogParser {
  id: string;
  category: Category;
  needles: readonly string[];
  /** Regex source matched against raw log bytes (latin1); keep it literal-led and cheap. */
  trigger?: string;
  parseLine(text: string, context: LineContext): LineFinding | undefined;
}

/** A rule: the first whose pattern matches the line decides the finding. */
export interface LineRule {
  re: RegExp;
  /**
   * A cheap test the line passes whenever `re` matches (a literal it must hold), tried first: for
   * patterns the regex engine cannot skip through quickly (`^\S.*\berror: `).
   */
  mayMatch?: (text: string) => boolean;
  weight: number;
  category?: Category;
  cascade?: boolean;
  location?: (m: RegExpExecArray) => {
    file: string;
    line: string;
    column?: string;
    message: string;
  };
  failingTest?: (m: RegExpExecArray) => FailingTest;
}

export function ruleParser(spec: Omit<LogParser, 'parseLine'> & { rules: LineRule[] }): LogParser {
  const { rules, ...rest } = spec;
  return {
    ...rest,
    parseLine(text) {
      for (const rule of rules) {
        if (rule.mayMatch && !rule.mayMatch(text)) continue;
        const m = rule.re.exec(text);
        if (!m) continue;
        return findingFrom(spec.id, rule.category ?? spec.category, rule, m);
      }
      return undefined;
    },
  };
}

export function findingFrom(
  tool: string,
  category: Category,
  rule: Omit<LineRule, 're'>,
  m: RegExpExecArray,
): LineFinding {
  const finding: LineFinding = { tool, category, weight: rule.weight };
  if (rule.cascade) finding.cascade = true;
  if (rule.location) {
    const loc = rule.location(m);
    const line = Number(loc.line);
    if (loc.file && Number.isInteger(line) && line > 0) {
      finding.location = { file: cleanPath(loc.file), line, message: loc.message.trim() };
      const column = Number(loc.column);
      if (loc.column !== undefined && Number.isInteger(column) && column > 0)
        finding.location.column = column;
    }
  }
  if (rule.failingTest) finding.failingTest = rule.failingTest(m);
  return finding;
}

/** Paths as the user's repository knows them: no `./`, no `file://`. */
export function cleanPath(file: string): string {
  return file
    .replace(/^file:\/\//, '')
    .replace(/^(?:\.\/)+/, '')
    .trim();
}
