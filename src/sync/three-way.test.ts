import { describe, expect, it } from 'vitest';
import { decideFile, decidedVersion, type FileVersion } from './three-way.js';

const keep = { deleteOrphaned: false };
const del = { deleteOrphaned: true };

describe('decideFile', () => {
  it.each([
    // [base, ours, theirs, options, kind]
    ['a', 'a', 'a', keep, 'unchanged'],
    [null, null, null, keep, 'unchanged'],
    ['a', 'b', 'b', keep, 'unchanged'],
    ['a', 'a', 'b', keep, 'take-source'],
    [null, null, 'b', keep, 'take-source'],
    ['a', 'b', 'a', keep, 'keep-target'],
    ['a', null, 'a', del, 'keep-target'],
    [null, 'x', null, del, 'keep-target'],
    ['a', 'a', null, keep, 'keep-orphan'],
    ['a', 'a', null, del, 'delete'],
    ['a', 'b', 'c', keep, 'merge'],
    [null, 'b', 'c', keep, 'merge'],
    ['a', 'b', null, del, 'conflict'],
    ['a', null, 'c', keep, 'conflict'],
  ] as const)('base=%s ours=%s theirs=%s %o → %s', (base, ours, theirs, options, kind) => {
    expect(decideFile({ base, ours, theirs }, options).kind).toBe(kind);
  });

  it('never overwrites a target-only change (exhaustive over a small alphabet)', () => {
    const versions: FileVersion[] = [null, 'a', 'b', 'c'];
    for (const base of versions)
      for (const ours of versions)
        for (const theirs of versions)
          for (const options of [keep, del]) {
            const decision = decideFile({ base, ours, theirs }, options);
            const result = decidedVersion(decision, { base, ours, theirs });
            if (theirs === base) expect(result).toBe(ours);
            if (ours === base && ours !== theirs && theirs !== null) expect(result).toBe(theirs);
            if (decision.kind === 'delete') expect(ours).toBe(base);
          }
  });
});
