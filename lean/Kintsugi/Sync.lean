/-!
# The 3-way sync decision (src/sync/three-way.ts)

A file version is `none` when the file is absent, otherwise an id equal exactly when the contents
are equal. `base` is the source at the last sync, `ours` the target now, `theirs` the source now.
Proved here: when the source did not change a file since the last sync, the target's version is
kept, so a change made only in the target is never overwritten.
-/

namespace Kintsugi.Sync

inductive FileDecision where
  | unchanged
  | takeSource
  | keepTarget
  | merge
  | conflict
  | delete
  | keepOrphan
  deriving DecidableEq, Repr

def decideFile (deleteOrphaned : Bool) (base ours theirs : Option Nat) : FileDecision :=
  if ours = theirs then .unchanged
  else if theirs = base then .keepTarget
  else if ours = base then
    (if theirs.isSome then .takeSource else if deleteOrphaned then .delete else .keepOrphan)
  else if ours.isSome && theirs.isSome then .merge
  else .conflict

/-- A change made only in the target is kept. -/
theorem target_only_change_kept (d : Bool) (base ours theirs : Option Nat)
    (h1 : ours ≠ base) (h2 : theirs = base) : decideFile d base ours theirs = .keepTarget := by
  have h3 : ours ≠ theirs := by
    rw [h2]
    exact h1
  unfold decideFile
  rw [if_neg h3, if_pos h2]

/-- Whenever the source did not change a file, the target stays as it is. -/
theorem source_unchanged_keeps_target (d : Bool) (base ours theirs : Option Nat)
    (h : theirs = base) :
    decideFile d base ours theirs = .unchanged ∨ decideFile d base ours theirs = .keepTarget := by
  by_cases h1 : ours = theirs
  · left
    unfold decideFile
    rw [if_pos h1]
  · right
    unfold decideFile
    rw [if_neg h1, if_pos h]

/-- In particular the target is never overwritten with the source or deleted then. -/
theorem source_unchanged_never_overwrites (d : Bool) (base ours theirs : Option Nat)
    (h : theirs = base) :
    decideFile d base ours theirs ≠ .takeSource ∧ decideFile d base ours theirs ≠ .delete := by
  cases source_unchanged_keeps_target d base ours theirs h with
  | inl hu => rw [hu]; exact ⟨by decide, by decide⟩
  | inr hk => rw [hk]; exact ⟨by decide, by decide⟩

end Kintsugi.Sync
