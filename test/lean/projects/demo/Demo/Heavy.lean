namespace Demo
theorem heavy (a b : Nat) : a + b = b + a := by
  simp [Nat.add_comm]
end Demo
