import Demo.Basic
namespace Demo

theorem zero_add' (n : Nat) : 0 + n = n := by
  simp
theorem half (n : Nat) : double n / 2 = n := by
  sorry

-- `odd` is left for later too.

theorem odd (n : Nat) : double n % 2 = 0 := by
  sorry

end Demo
