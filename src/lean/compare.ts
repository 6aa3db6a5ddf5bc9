/** What changed against the base branch, per declaration name. */
import type { DeclarationResult, DeclarationStatus } from './types.js';

export interface StatusChange {
  name: string;
  file: string;
  line: number;
  before?: DeclarationStatus;
  after: DeclarationStatus;
}

export interface Comparison {
  baseRef: string;
  newSorries: StatusChange[];
  newlyBroken: StatusChange[];
  newlyProved: StatusChange[];
}

const BROKEN = new Set<DeclarationStatus>(['error', 'timeout']);

export function compareWithBase(
  baseRef: string,
  base: DeclarationResult[],
  head: DeclarationResult[],
): Comparison {
  const before = new Map(base.map((d) => [d.name, d.status]));
  const change = (d: DeclarationResult): StatusChange => ({
    name: d.name,
    file: d.file,
    line: d.line,
    ...(before.has(d.name) ? { before: before.get(d.name) } : {}),
    after: d.status,
  });
  const comparison: Comparison = { baseRef, newSorries: [], newlyBroken: [], newlyProved: [] };
  for (const d of head) {
    const was = before.get(d.name);
    if (d.status === 'sorry' && was !== 'sorry') comparison.newSorries.push(change(d));
    else if (BROKEN.has(d.status) && (was === undefined || !BROKEN.has(was)))
      comparison.newlyBroken.push(change(d));
    else if (d.status === 'proved' && was !== undefined && was !== 'proved')
      comparison.newlyProved.push(change(d));
  }
  return comparison;
}

export type FailOn = 'error' | 'sorry' | 'new-sorry' | 'never';

export interface Verdict {
  failed: boolean;
  reason: string;
}

export function verdictFor(
  failOn: FailOn,
  declarations: DeclarationResult[],
  comparison: Comparison | undefined,
): Verdict {
  const count = (s: DeclarationStatus) => declarations.filter((d) => d.status === s).length;
  const broken = count('error') + count('timeout');
  const sorries = count('sorry');
  if (failOn === 'never') return { failed: false, reason: 'fail-on is never' };
  if (failOn === 'error' || (failOn === 'new-sorry' && !comparison)) {
    const why = failOn === 'new-sorry' ? ' (no base-ref, so new-sorry checks errors only)' : '';
    return broken > 0
      ? { failed: true, reason: `${broken} declaration(s) failed or timed out${why}` }
      : { failed: false, reason: `no errors${why}` };
  }
  if (failOn === 'sorry') {
    return broken + sorries > 0
      ? { failed: true, reason: `${broken} failed or timed out, ${sorries} use sorry` }
      : { failed: false, reason: 'everything is proved' };
  }
  const fresh = comparison!.newSorries.length + comparison!.newlyBroken.length;
  return fresh > 0
    ? {
        failed: true,
        reason: `against ${comparison!.baseRef}: ${comparison!.newSorries.length} new sorry, ${comparison!.newlyBroken.length} newly broken`,
      }
    : {
        failed: false,
        reason: `no new sorry and nothing newly broken against ${comparison!.baseRef}`,
      };
}
