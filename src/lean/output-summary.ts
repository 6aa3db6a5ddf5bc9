/**
 * `kintsugi lean-output`: one recorded Lean/lake output → `{file, messages, declarations, build}`.
 * Declarations need the sources (a project directory); without them only `#print axioms` names them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findDeclarations } from './declarations.js';
import { parseLeanOutput } from './parse/parse.js';
import { usesSorryAx } from './parse/axioms.js';
import { applyAxioms, declarationStatuses, messagesFor } from './status.js';
import type { BuildTarget, DeclarationStatus, Severity } from './types.js';

export interface LeanOutputSummary {
  file: string;
  messages: {
    path: string | null;
    line: number | null;
    column: number | null;
    endLine: number | null;
    endColumn: number | null;
    severity: Severity;
    name: string | null;
    text: string;
  }[];
  declarations: { name: string; status: DeclarationStatus }[];
  build: { ok: boolean; targets: BuildTarget[] };
}

export async function summariseLeanOutput(
  file: string,
  text: string,
  projectDir?: string,
): Promise<LeanOutputSummary> {
  const parsed = parseLeanOutput(text);
  const messages = parsed.messages.map((m) => ({
    path: m.path ?? null,
    line: m.line ?? null,
    column: m.column ?? null,
    endLine: m.endLine ?? null,
    endColumn: m.endColumn ?? null,
    severity: m.severity,
    name: m.name ?? null,
    text: m.text,
  }));
  let declarations: LeanOutputSummary['declarations'] = parsed.axioms.map((a) => ({
    name: a.declaration,
    status: usesSorryAx(a) ? 'sorry' : 'proved',
  }));
  if (projectDir) {
    const paths = [
      ...new Set(
        parsed.messages.flatMap((m) => (m.path && m.path.endsWith('.lean') ? [m.path] : [])),
      ),
    ];
    const results = [];
    for (const rel of paths) {
      const source = await readFile(path.resolve(projectDir, rel), 'utf8').catch(() => undefined);
      if (source === undefined) continue;
      const decls = findDeclarations(rel, source);
      results.push(
        ...declarationStatuses({
          file: rel,
          module: rel,
          outcome: 'ok',
          seconds: 0,
          declarations: decls,
          messages: messagesFor(rel, parsed.messages),
        }),
      );
    }
    if (results.length > 0)
      declarations = applyAxioms(results, parsed.axioms).map((d) => ({
        name: d.name,
        status: d.status,
      }));
  }
  return {
    file,
    messages,
    declarations,
    build: { ok: parsed.build.ok, targets: parsed.build.targets },
  };
}
