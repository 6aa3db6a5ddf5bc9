import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../platform/package-root.js';
import { DOCUMENT_NAMES } from './policy/cel.js';
import { completeDocument } from './document.js';

/** The fields policies/README.md documents, per top-level name (first column of each table row). */
function documentedFields(): Map<string, string[]> {
  const readme = readFileSync(path.join(packageRoot(), 'policies', 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## The input document'),
    readme.indexOf('## The bundle digest'),
  );
  const fields = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
    const name = /^`(\w+)(?:\[\])?`$/.exec(cells[1] ?? '')?.[1];
    if (!name || !(DOCUMENT_NAMES as readonly string[]).includes(name)) continue;
    // "intro: `a`, `b` (note, `x`), `c`": the identifiers that start the list or follow a comma.
    const list = (cells[2] ?? '').replace(/\([^)]*\)/g, '');
    const names = [...list.matchAll(/(?:^|, |: )`(\w+)`/g)].map((m) => m[1]!);
    fields.set(name, names);
  }
  const signals = section.slice(section.indexOf('`signals`:'));
  fields.set(
    'signals',
    [...signals.matchAll(/^\| ((?:`\w+(?:\[\])?`(?:, )?)+) \|/gm)].flatMap((m) =>
      [...m[1]!.matchAll(/`(\w+)/g)].map((x) => x[1]!),
    ),
  );
  return fields;
}

describe('the policy input document', () => {
  const document = completeDocument({
    files: [{}],
    commits: [{}],
    checks: [{}],
    reviews: [{}],
    findings: [{}],
  }) as Record<string, unknown>;
  const documented = documentedFields();

  it('has exactly the names policies/README.md documents', () => {
    expect(Object.keys(document).sort()).toEqual([...DOCUMENT_NAMES].sort());
    for (const name of DOCUMENT_NAMES) expect(documented.has(name), name).toBe(true);
  });

  for (const name of DOCUMENT_NAMES) {
    it(`${name}: every field is documented and every documented field is there`, () => {
      const value = document[name];
      const sample = (Array.isArray(value) ? value[0] : value) as Record<string, unknown>;
      expect(Object.keys(sample).sort()).toEqual([...(documented.get(name) ?? [])].sort());
    });
  }
});
