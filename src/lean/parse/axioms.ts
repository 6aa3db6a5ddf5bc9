/**
 * `#print axioms Foo.bar` prints `'Foo.bar' depends on axioms: [propext, sorryAx]` (the list may wrap
 * over lines) or `'Foo.bar' does not depend on any axioms`, with or without a `file:l:c: info:` header.
 */
import type { AxiomReport } from '../types.js';

const DEPENDS = /'(\S+?)' depends on axioms: \[([^\]]*)\]/g;
const NONE = /'(\S+?)' does not depend on any axioms/g;

export function parseAxioms(text: string): AxiomReport[] {
  const found: { at: number; report: AxiomReport }[] = [];
  for (const m of text.matchAll(DEPENDS)) {
    const axioms = m[2]!
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    found.push({ at: m.index ?? 0, report: { declaration: m[1]!, axioms } });
  }
  for (const m of text.matchAll(NONE))
    found.push({ at: m.index ?? 0, report: { declaration: m[1]!, axioms: [] } });
  return found.sort((a, b) => a.at - b.at).map((f) => f.report);
}

export function usesSorryAx(report: AxiomReport): boolean {
  return report.axioms.includes('sorryAx');
}
