import type { AuditRecord } from '../platform/report.js';

/**
 * The diagnose report: what patch and the self-heal pipeline read. Bump the version on any change
 * a reader could notice; readers check it before trusting the shape.
 */
export const DIAGNOSE_SCHEMA_VERSION = 1;

export const CATEGORIES = [
  'compile',
  'type-check',
  'test',
  'lint',
  'dependency',
  'config',
  'network',
  'infra',
  'timeout',
  'oom-or-disk',
  'permission',
  'flaky-suspect',
  'unknown',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** Lines of one log file; line numbers are 1-based in the file as on disk, counting `\n`. */
export interface Excerpt {
  file: string;
  startLine: number;
  endLine: number;
  text: string;
}

export interface FailingTest {
  name: string;
  file?: string;
  line?: number;
  message?: string;
}

/** A place in the user's source tree a tool complained about. */
export interface SourceLocation {
  file: string;
  line: number;
  column?: number;
  message: string;
  tool?: string;
}

export interface JobDiagnosis {
  name: string;
  logFile?: string;
  failedStep?: string;
  command?: string;
  category: Category;
  tools: string[];
}

export interface LlmDiagnosis {
  used: boolean;
  model?: string;
  rootCause?: string;
  suggestedFix?: string;
  /** Why the model's reply was not used (evidence outside the log, invalid reply, error). */
  rejected?: string;
}

export interface DiagnoseReport {
  schemaVersion: 1;
  category: Category;
  confidence: number;
  summary: string;
  /** The first excerpt is the root cause. */
  excerpts: Excerpt[];
  failingTests: FailingTest[];
  locations: SourceLocation[];
  /** Ids of the parsers that found errors, most relevant first ('prettier', 'eslint', 'tsc', ...). */
  tools: string[];
  jobs: JobDiagnosis[];
  llm: LlmDiagnosis | null;
  audit: AuditRecord;
}

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
