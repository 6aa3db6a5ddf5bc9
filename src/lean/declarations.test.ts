import { describe, expect, it } from 'vitest';
import { declarationAt, findDeclarations } from './declarations.js';

const SOURCE = `import Foo
/-! Module doc
theorem not_this : True := trivial
-/
namespace A.B

/-- The doc. -/
@[simp] theorem one (n : Nat) : n + 0 = n := by
  simp

-- a note about two
private lemma two : True :=
  trivial
end B

example : 1 = 1 := rfl
theorem _root_.top : True := trivial
end A
def after := 3
`;

describe('findDeclarations', () => {
  it('names declarations with their namespaces and spans them to the next command', () => {
    const found = findDeclarations('A.lean', SOURCE);
    expect(found.map((d) => [d.name, d.kind, d.line, d.endLine])).toEqual([
      ['A.B.one', 'theorem', 8, 9],
      ['A.B.two', 'lemma', 12, 13],
      ['A.example@16', 'example', 16, 16],
      ['top', 'theorem', 17, 17],
      ['after', 'def', 19, 19],
    ]);
    expect(declarationAt(found, 9)?.name).toBe('A.B.one');
    expect(declarationAt(found, 11)).toBeUndefined();
  });
});
