/**
 * Per-declaration status from one file's messages: the worst message inside a declaration's lines
 * decides (heartbeat timeout > error > sorry); a file killed at its budget leaves its quiet
 * declarations as timeouts; `#print axioms` turns a clean theorem that depends on `sorryAx` into sorry.
 */
import type { Declaration } from './declarations.js';
import { declarationAt } from './declarations.js';
import { usesSorryAx } from './parse/axioms.js';
import type { AxiomReport, DeclarationResult, DeclarationStatus, LeanMessage } from './types.js';

export type FileOutcome = 'ok' | 'failed' | 'timeout' | 'not-built';

export interface FileCheck {
  /** Relative to the project. */
  file: string;
  module: string;
  outcome: FileOutcome;
  /** Why a file was not built, or how long it ran before it was killed. */
  detail?: string;
  seconds: number;
  declarations: Declaration[];
  /** The messages about this file. */
  messages: LeanMessage[];
}

const RANK: Record<DeclarationStatus, number> = { proved: 0, sorry: 1, error: 2, timeout: 3 };

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

function messageStatus(message: LeanMessage): DeclarationStatus | undefined {
  if (message.severity === 'error') return message.heartbeatTimeout ? 'timeout' : 'error';
  if (message.sorry) return 'sorry';
  return undefined;
}

export function declarationStatuses(check: FileCheck): DeclarationResult[] {
  const worst = new Map<Declaration, { status: DeclarationStatus; reason: string }>();
  for (const message of check.messages) {
    const status = messageStatus(message);
    if (!status || message.line === undefined) continue;
    const declaration = declarationAt(check.declarations, message.line);
    if (!declaration) continue;
    const seen = worst.get(declaration);
    if (!seen || RANK[status] > RANK[seen.status]) {
      worst.set(declaration, {
        status,
        reason: `${message.line}:${message.column ?? 0}: ${firstLine(message.text)}`,
      });
    }
  }
  return check.declarations.map((d) => {
    const base = { name: d.name, kind: d.kind, file: d.file, line: d.line, endLine: d.endLine };
    const found = worst.get(d);
    if (found) return { ...base, ...found };
    if (check.outcome === 'timeout')
      return {
        ...base,
        status: 'timeout',
        reason: check.detail ?? 'the file ran out of its budget',
      };
    if (check.outcome === 'not-built')
      return { ...base, status: 'error', reason: check.detail ?? 'the file was not built' };
    return { ...base, status: 'proved' };
  });
}

/** A theorem Lean accepted may still rest on a sorried lemma: `#print axioms` shows `sorryAx`. */
export function applyAxioms(
  results: DeclarationResult[],
  axioms: AxiomReport[],
): DeclarationResult[] {
  const byName = new Map(axioms.map((a) => [a.declaration, a]));
  return results.map((r) => {
    const report = byName.get(r.name);
    if (r.status !== 'proved' || !report || !usesSorryAx(report)) return r;
    return {
      ...r,
      status: 'sorry',
      reason: 'depends on sorryAx (#print axioms): it uses a lemma proved with sorry',
    };
  });
}

/** Messages about `file` (Lean prints the path as it was given; lake joins `./` segments). */
export function messagesFor(file: string, messages: LeanMessage[]): LeanMessage[] {
  return messages.filter(
    (m) => m.path !== undefined && (m.path === file || m.path.endsWith(`/${file}`)),
  );
}
