namespace Demo

theorem slow : 2 ^ 64 > 0 := by decide

end Demo
