/-!
# Flaky or failed (src/flaky/classify.ts)

`classifyAttempts` looks at every attempt of a test: one that both passed and failed is flaky, one
that only failed is failed, one that only passed is passed; skipped attempts say nothing. Proved
here: a flaky test always has a passing attempt, a failed one never has, and the verdict "failed"
means exactly "failed and never passed" — so a test is never both flaky and failed.
-/

namespace Kintsugi.Flaky

inductive Attempt where
  | passed
  | failed
  | skipped
  deriving DecidableEq, Repr

inductive Verdict where
  | passed
  | flaky
  | failed
  | skipped
  deriving DecidableEq, Repr

def sawPassed : List Attempt → Bool
  | [] => false
  | .passed :: _ => true
  | _ :: rest => sawPassed rest

def sawFailed : List Attempt → Bool
  | [] => false
  | .failed :: _ => true
  | _ :: rest => sawFailed rest

def classify (attempts : List Attempt) : Verdict :=
  if sawPassed attempts && sawFailed attempts then .flaky
  else if sawFailed attempts then .failed
  else if sawPassed attempts then .passed
  else .skipped

theorem flaky_has_pass (a : List Attempt) (h : classify a = .flaky) : sawPassed a = true := by
  unfold classify at h
  cases hp : sawPassed a <;> cases hf : sawFailed a <;> simp_all

theorem failed_iff (a : List Attempt) :
    classify a = .failed ↔ (sawFailed a = true ∧ sawPassed a = false) := by
  unfold classify
  cases hp : sawPassed a <;> cases hf : sawFailed a <;> simp

/-- A flaky test is never one that failed every attempt it ran. -/
theorem flaky_not_all_failed (a : List Attempt) (h : classify a = .flaky) :
    ¬(sawFailed a = true ∧ sawPassed a = false) := by
  intro ⟨_, hp⟩
  rw [flaky_has_pass a h] at hp
  cases hp

/-- A test is never both flaky and failed. -/
theorem never_flaky_and_failed (a : List Attempt) :
    ¬(classify a = .flaky ∧ classify a = .failed) := by
  intro ⟨h1, h2⟩
  rw [h1] at h2
  cases h2

end Kintsugi.Flaky
