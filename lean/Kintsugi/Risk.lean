/-!
# The risk score and the decision (src/risk/score.ts)

`scoreFindings` sums the points of the findings' severities and caps the sum at 100; `decide` turns
a score into approve / deploy / review, and a block overrides everything. Proved here: the score
stays in [0, 100], it never falls when a finding is added (wherever it is added), and the decision
is monotone in the score, so adding a finding never makes the decision less strict.
-/

namespace Kintsugi.Risk

inductive Severity where
  | critical
  | high
  | medium
  | low
  | info
  deriving DecidableEq, Repr

def Severity.points : Severity → Nat
  | .critical => 30
  | .high => 15
  | .medium => 7
  | .low => 3
  | .info => 1

/-- The points of all findings, uncapped. -/
def total : List Severity → Nat
  | [] => 0
  | s :: rest => s.points + total rest

/-- The score: the total, capped at 100. -/
def score (findings : List Severity) : Nat :=
  if total findings ≤ 100 then total findings else 100

theorem total_cons (s : Severity) (rest : List Severity) :
    total (s :: rest) = s.points + total rest := rfl

theorem total_append (a b : List Severity) : total (a ++ b) = total a + total b := by
  induction a with
  | nil => simp [total]
  | cons x xs ih => simp [total, ih, Nat.add_assoc]

/-- The score never exceeds 100 (it is a `Nat`, so it is never below 0). -/
theorem score_le_100 (findings : List Severity) : score findings ≤ 100 := by
  unfold score
  split <;> omega

/-- Adding a finding in front never lowers the score. -/
theorem score_mono_cons (s : Severity) (findings : List Severity) :
    score findings ≤ score (s :: findings) := by
  unfold score
  rw [total_cons]
  split <;> split <;> omega

/-- Adding a finding anywhere in the list never lowers the score. -/
theorem score_mono_insert (a b : List Severity) (s : Severity) :
    score (a ++ b) ≤ score (a ++ s :: b) := by
  unfold score
  rw [total_append, total_append, total_cons]
  split <;> split <;> omega

inductive Decision where
  | approve
  | deploy
  | review
  | block
  deriving DecidableEq, Repr

/-- How much attention a decision asks for; higher is stricter. -/
def Decision.rank : Decision → Nat
  | .approve => 0
  | .deploy => 1
  | .review => 2
  | .block => 3

/-- `decide` of src/risk/score.ts. -/
def decision (approveBelow deployBelow : Nat) (blocked : Bool) (s : Nat) : Decision :=
  if blocked then .block
  else if s < approveBelow then .approve
  else if s < deployBelow then .deploy
  else .review

/-- A higher score never gets a less strict decision. -/
theorem decision_monotone (a d : Nat) (b : Bool) (s t : Nat) (h : s ≤ t) :
    (decision a d b s).rank ≤ (decision a d b t).rank := by
  cases b with
  | true => simp [decision, Decision.rank]
  | false =>
    by_cases h1 : s < a <;> by_cases h2 : t < a <;> by_cases h3 : s < d <;>
      by_cases h4 : t < d <;> simp [decision, Decision.rank, h1, h2, h3, h4] <;> omega

/-- A block overrides the score. -/
theorem decision_blocked (a d s : Nat) : decision a d true s = .block := by
  simp [decision]

/-- So adding a finding never makes the decision less strict. -/
theorem decision_mono_finding (a d : Nat) (b : Bool) (s : Severity) (findings : List Severity) :
    (decision a d b (score findings)).rank ≤ (decision a d b (score (s :: findings))).rank :=
  decision_monotone a d b _ _ (score_mono_cons s findings)

end Kintsugi.Risk
