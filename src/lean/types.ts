/** What Lean and lake print, parsed; shared by the parser, the prover and the report. */

export type Severity = 'error' | 'warning' | 'info';

export interface LeanMessage {
  /** The file the message is about, as Lean printed it; absent for lake-level and header-less lines. */
  path?: string;
  line?: number;
  /** 0-based, as Lean prints it. */
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  /** The error name Lean attaches, e.g. `lean.unknownIdentifier` in `error(lean.unknownIdentifier):`. */
  name?: string;
  text: string;
  /** Where the message came from: a Lean header, lake's `level: file:line:col:` re-print, a lake line, a line with no header, `lean --json`. */
  origin: 'lean' | 'lake-reprint' | 'lake' | 'headerless' | 'json';
  sorry?: boolean;
  /** `(deterministic) timeout ... maxHeartbeats`. */
  heartbeatTimeout?: boolean;
}

export type TargetStatus = 'built' | 'failed' | 'warning' | 'info' | 'building';

export interface BuildTarget {
  name: string;
  status: TargetStatus;
  job?: number;
  jobs?: number;
  seconds?: number;
}

export interface BuildOutcome {
  /** From `Build completed successfully` / `error: build failed`; otherwise: no error message seen. */
  ok: boolean;
  targets: BuildTarget[];
  /** Targets lake listed under `Some required builds/targets logged failures:`. */
  failedTargets: string[];
}

/** `#print axioms X` → `'X' depends on axioms: [...]` (or `does not depend on any axioms`). */
export interface AxiomReport {
  declaration: string;
  axioms: string[];
}

export interface ParsedLeanOutput {
  messages: LeanMessage[];
  build: BuildOutcome;
  axioms: AxiomReport[];
}

export type DeclarationStatus = 'proved' | 'sorry' | 'error' | 'timeout';

export interface DeclarationResult {
  name: string;
  kind: string;
  file: string;
  line: number;
  endLine: number;
  status: DeclarationStatus;
  /** Why, in a few words: the first error, "uses sorry", "depends on sorryAx via #print axioms"... */
  reason?: string;
}
