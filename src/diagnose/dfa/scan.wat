;; The scanner's byte loops. Tables live in memory. The trigger's: per state 256 entries of 4 bytes,
;; each the address of the next state's row (base + state * 1024), -1 for a byte that ends a match;
;; its prefilter's masks: 96 bytes (see scan).
;; Line automata are laid out by byte class instead (see bits).
(module
  (memory (import "env" "memory") 1)
  (global $hitCount (export "hits") (mut i32) (i32.const 0))
  (global $newlineCount (export "lines") (mut i32) (i32.const 0))

  ;; Offset of the newline ending the line at $p, or $end.
  (func $lineEnd (param $p i32) (param $end i32) (result i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (br_if $done (i32.eq (i32.load8_u (local.get $p)) (i32.const 10)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $p))

  ;; Finds the lines of [$from, $end) (a chunk of whole lines) holding a trigger match. Per hit line
  ;; three i32 are stored at $out: its start, its end (the newline's offset) and the number of
  ;; newlines before it. The count of hits is left in $hitCount, of the chunk's newlines in
  ;; $newlineCount.
  ;; Sixteen positions at a time pass the prefilter ($masks: per leading byte position, the buckets
  ;; of its low and of its high nibble) or not; the trigger automaton runs only from the positions
  ;; that pass, until it is back in its start state (no match under way) or a match ends. Every match
  ;; starts at a position that passes, so this finds what running the automaton over every byte does.
  (func (export "scan")
    (param $start i32) (param $masks i32) (param $from i32) (param $end i32) (param $out i32)
    (local $p i32) (local $q i32) (local $s i32) (local $e i32) (local $bits i32) (local $c i32)
    (local $resume i32) (local $counted i32) (local $n i32) (local $lines i32) (local $lineFrom i32)
    (local $lo0 v128) (local $hi0 v128) (local $lo1 v128) (local $hi1 v128) (local $lo2 v128)
    (local $hi2 v128) (local $nibble v128) (local $x v128) (local $pass v128)
    (local.set $lo0 (v128.load (local.get $masks)))
    (local.set $hi0 (v128.load offset=16 (local.get $masks)))
    (local.set $lo1 (v128.load offset=32 (local.get $masks)))
    (local.set $hi1 (v128.load offset=48 (local.get $masks)))
    (local.set $lo2 (v128.load offset=64 (local.get $masks)))
    (local.set $hi2 (v128.load offset=80 (local.get $masks)))
    (local.set $nibble (i8x16.splat (i32.const 15)))
    (local.set $p (local.get $from))
    (local.set $resume (local.get $from))
    (local.set $counted (local.get $from))
    (block $wideDone
      (loop $wide
        ;; The block's three loads end before $end.
        (br_if $wideDone (i32.gt_u (i32.add (local.get $p) (i32.const 18)) (local.get $end)))
        (local.set $x (v128.load (local.get $p)))
        (local.set $pass (v128.and
          (i8x16.swizzle (local.get $lo0) (v128.and (local.get $x) (local.get $nibble)))
          (i8x16.swizzle (local.get $hi0) (i8x16.shr_u (local.get $x) (i32.const 4)))))
        (local.set $x (v128.load offset=1 (local.get $p)))
        (local.set $pass (v128.and (local.get $pass) (v128.and
          (i8x16.swizzle (local.get $lo1) (v128.and (local.get $x) (local.get $nibble)))
          (i8x16.swizzle (local.get $hi1) (i8x16.shr_u (local.get $x) (i32.const 4))))))
        (local.set $x (v128.load offset=2 (local.get $p)))
        (local.set $pass (v128.and (local.get $pass) (v128.and
          (i8x16.swizzle (local.get $lo2) (v128.and (local.get $x) (local.get $nibble)))
          (i8x16.swizzle (local.get $hi2) (i8x16.shr_u (local.get $x) (i32.const 4))))))
        (if (v128.any_true (local.get $pass))
          (then
            (local.set $bits (i8x16.bitmask
              (i8x16.ne (local.get $pass) (v128.const i64x2 0 0))))
            (block $lanesDone
              (loop $lanes
                (br_if $lanesDone (i32.eqz (local.get $bits)))
                (local.set $c (i32.add (local.get $p) (i32.ctz (local.get $bits))))
                (local.set $bits (i32.and (local.get $bits)
                  (i32.sub (local.get $bits) (i32.const 1))))
                (br_if $lanes (i32.lt_u (local.get $c) (local.get $resume)))
                ;; Run the automaton from $c.
                (local.set $s (local.get $start))
                (local.set $q (local.get $c))
                (block $ran
                  (loop $run
                    (if (i32.ge_u (local.get $q) (local.get $end))
                      (then (local.set $resume (local.get $q)) (br $ran)))
                    (local.set $e (i32.load (i32.add (local.get $s)
                      (i32.shl (i32.load8_u (local.get $q)) (i32.const 2)))))
                    (if (i32.lt_s (local.get $e) (i32.const 0))
                      (then
                        ;; A match ends at $q: its line is a hit, the scan goes on after it.
                        (local.set $lineFrom (call $lineStart (local.get $q) (local.get $from)))
                        (local.set $lines (i32.add (local.get $lines)
                          (call $countNewlines (local.get $counted) (local.get $lineFrom))))
                        (local.set $counted (local.get $lineFrom))
                        (local.set $q (call $lineEnd (local.get $q) (local.get $end)))
                        (call $store (local.get $out) (local.get $n)
                          (local.get $lineFrom) (local.get $q) (local.get $lines))
                        (local.set $n (i32.add (local.get $n) (i32.const 1)))
                        (local.set $resume (i32.add (local.get $q) (i32.const 1)))
                        (br $ran)))
                    (local.set $q (i32.add (local.get $q) (i32.const 1)))
                    (if (i32.eq (local.get $e) (local.get $start))
                      (then (local.set $resume (local.get $q)) (br $ran)))
                    (local.set $s (local.get $e))
                    (br $run)))
                (br $lanes)))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (if (i32.gt_u (local.get $resume) (local.get $p))
          (then (local.set $p (local.get $resume))))
        (br $wide)))
    ;; The last bytes, one at a time from where no match is under way.
    (if (i32.gt_u (local.get $resume) (local.get $p))
      (then (local.set $p (local.get $resume))))
    (local.set $s (local.get $start))
    (block $narrowDone
      (loop $narrow
        (br_if $narrowDone (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $s (i32.load (i32.add (local.get $s)
          (i32.shl (i32.load8_u (local.get $p)) (i32.const 2)))))
        (if (i32.lt_s (local.get $s) (i32.const 0))
          (then
            (local.set $lineFrom (call $lineStart (local.get $p) (local.get $from)))
            (local.set $lines (i32.add (local.get $lines)
              (call $countNewlines (local.get $counted) (local.get $lineFrom))))
            (local.set $counted (local.get $lineFrom))
            (local.set $p (call $lineEnd (local.get $p) (local.get $end)))
            (call $store (local.get $out) (local.get $n)
              (local.get $lineFrom) (local.get $p) (local.get $lines))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))
            (local.set $s (local.get $start))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $narrow)))
    (global.set $hitCount (local.get $n))
    (global.set $newlineCount (i32.add (local.get $lines)
      (call $countNewlines (local.get $counted) (local.get $end)))))

  ;; Offset of the first byte of the line holding $p, not before $floor.
  (func $lineStart (param $p i32) (param $floor i32) (result i32)
    (block $done
      (loop $back
        (br_if $done (i32.le_u (local.get $p) (local.get $floor)))
        (br_if $done (i32.eq (i32.load8_u (i32.sub (local.get $p) (i32.const 1))) (i32.const 10)))
        (local.set $p (i32.sub (local.get $p) (i32.const 1)))
        (br $back)))
    (local.get $p))

  ;; Newlines in [$p, $end): 16 bytes compared at once, the rest one by one.
  (func $countNewlines (param $p i32) (param $end i32) (result i32)
    (local $n i32) (local $newline v128)
    (local.set $newline (i8x16.splat (i32.const 10)))
    (block $done16
      (loop $wide
        (br_if $done16 (i32.gt_u (i32.add (local.get $p) (i32.const 16)) (local.get $end)))
        (local.set $n (i32.add (local.get $n) (i32.popcnt (i8x16.bitmask
          (i8x16.eq (v128.load (local.get $p)) (local.get $newline))))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $wide)))
    (block $done
      (loop $narrow
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 10))
          (then (local.set $n (i32.add (local.get $n) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $narrow)))
    (local.get $n))

  (func $store (param $out i32) (param $n i32) (param $start i32) (param $end i32) (param $line i32)
    (local $at i32)
    (local.set $at (i32.add (local.get $out) (i32.mul (local.get $n) (i32.const 12))))
    (i32.store (local.get $at) (local.get $start))
    (i32.store offset=4 (local.get $at) (local.get $end))
    (i32.store offset=8 (local.get $at) (local.get $line)))

  ;; The bits of every pattern of a line automaton that occurs in [$p, $end). A line automaton is
  ;; kept small enough for the first-level cache: $map holds per byte value 4 + 4 * its class, a
  ;; state's row holds the bits of the patterns ending there, then per class the address of the next
  ;; state's row, plus 1 where that state ends a pattern.
  (func $bits (export "bits")
    (param $map i32) (param $start i32) (param $p i32) (param $end i32) (result i32)
    (local $s i32) (local $e i32) (local $bits i32)
    (local.set $s (local.get $start))
    (block $done
      (loop $step
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $e (i32.load (i32.add (local.get $s) (i32.load (i32.add (local.get $map)
          (i32.shl (i32.load8_u (local.get $p)) (i32.const 2)))))))
        (local.set $s (i32.and (local.get $e) (i32.const -2)))
        (if (i32.and (local.get $e) (i32.const 1))
          (then (local.set $bits (i32.or (local.get $bits) (i32.load (local.get $s))))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $step)))
    (local.get $bits))

  ;; Whether $c is an ASCII digit.
  (func $digit (param $c i32) (result i32)
    (i32.lt_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 10)))

  ;; Whether $c is an ASCII letter.
  (func $letter (param $c i32) (result i32)
    (i32.lt_u (i32.sub (i32.or (local.get $c) (i32.const 32)) (i32.const 97)) (i32.const 26)))

  ;; The length of the ANSI code normalise.ts's regex matches at $p (0 for none), trying its
  ;; alternatives in order: ESC [ [0-9;?]* letter | ESC ] ... BEL | ESC ( or ) [A-Z0-9] |
  ;; [ (\d{1,3};)* \d{1,3} m | [ m | [ \d* K.
  (func $ansiAt (param $p i32) (param $end i32) (result i32)
    (local $c i32) (local $j i32) (local $d i32)
    (local.set $c (i32.load8_u (local.get $p)))
    (if (i32.eq (local.get $c) (i32.const 27))
      (then
        (if (i32.ge_u (i32.add (local.get $p) (i32.const 1)) (local.get $end))
          (then (return (i32.const 0))))
        (local.set $c (i32.load8_u offset=1 (local.get $p)))
        (local.set $j (i32.add (local.get $p) (i32.const 2)))
        (if (i32.eq (local.get $c) (i32.const 91)) ;; [
          (then
            (block $stop
              (loop $params
                (br_if $stop (i32.ge_u (local.get $j) (local.get $end)))
                (local.set $c (i32.load8_u (local.get $j)))
                (br_if $stop (i32.eqz (i32.or (call $digit (local.get $c))
                  (i32.or (i32.eq (local.get $c) (i32.const 59)) (i32.eq (local.get $c) (i32.const 63))))))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $params)))
            (if (i32.and (i32.lt_u (local.get $j) (local.get $end))
                         (call $letter (i32.load8_u (local.get $j))))
              (then (return (i32.sub (i32.add (local.get $j) (i32.const 1)) (local.get $p)))))
            (return (i32.const 0))))
        (if (i32.eq (local.get $c) (i32.const 93)) ;; ]
          (then
            (block $stop
              (loop $text
                (br_if $stop (i32.ge_u (local.get $j) (local.get $end)))
                (br_if $stop (i32.eq (i32.load8_u (local.get $j)) (i32.const 7)))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $text)))
            (if (i32.lt_u (local.get $j) (local.get $end))
              (then (return (i32.sub (i32.add (local.get $j) (i32.const 1)) (local.get $p)))))
            (return (i32.const 0))))
        (if (i32.and
              (i32.or (i32.eq (local.get $c) (i32.const 40)) (i32.eq (local.get $c) (i32.const 41)))
              (i32.lt_u (local.get $j) (local.get $end)))
          (then
            (local.set $c (i32.load8_u (local.get $j)))
            (if (i32.or (call $digit (local.get $c))
                        (i32.lt_u (i32.sub (local.get $c) (i32.const 65)) (i32.const 26)))
              (then (return (i32.const 3))))))
        (return (i32.const 0))))
    (if (i32.ne (local.get $c) (i32.const 91)) (then (return (i32.const 0))))
    ;; [ (\d{1,3};)* \d{1,3} m: groups of one to three digits, each followed by ; or the final m.
    (local.set $j (i32.add (local.get $p) (i32.const 1)))
    (block $fail
      (loop $group
        (local.set $d (i32.const 0))
        (block $counted
          (loop $digits
            (br_if $counted (i32.ge_u (local.get $j) (local.get $end)))
            (br_if $counted (i32.eqz (call $digit (i32.load8_u (local.get $j)))))
            (br_if $counted (i32.eq (local.get $d) (i32.const 4)))
            (local.set $d (i32.add (local.get $d) (i32.const 1)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $digits)))
        (br_if $fail (i32.or (i32.eqz (local.get $d)) (i32.gt_u (local.get $d) (i32.const 3))))
        (br_if $fail (i32.ge_u (local.get $j) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $j)))
        (if (i32.eq (local.get $c) (i32.const 109)) ;; m
          (then (return (i32.sub (i32.add (local.get $j) (i32.const 1)) (local.get $p)))))
        (br_if $fail (i32.ne (local.get $c) (i32.const 59)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $group)))
    (local.set $j (i32.add (local.get $p) (i32.const 1)))
    (if (i32.lt_u (local.get $j) (local.get $end))
      (then (if (i32.eq (i32.load8_u (local.get $j)) (i32.const 109)) (then (return (i32.const 2))))))
    ;; [ \d* K
    (block $stop
      (loop $digits
        (br_if $stop (i32.ge_u (local.get $j) (local.get $end)))
        (br_if $stop (i32.eqz (call $digit (i32.load8_u (local.get $j)))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $digits)))
    (if (i32.lt_u (local.get $j) (local.get $end))
      (then (if (i32.eq (i32.load8_u (local.get $j)) (i32.const 75))
        (then (return (i32.sub (i32.add (local.get $j) (i32.const 1)) (local.get $p)))))))
    (i32.const 0))

;; bits over the line [$p, $end) as normalising leaves it without its ANSI codes (one pass, left
  ;; to right, as a global replace goes). Stores at $status the stripped length, then 1 when codes
  ;; were skipped, 3 when one of them held a \r or a tab (0 for none); only when codes were skipped
  ;; is the stripped line written to $out.
  (func (export "strippedBits")
    (param $map i32) (param $start i32) (param $p i32) (param $end i32) (param $out i32)
    (param $status i32) (result i32)
    (call $strip (local.get $map) (local.get $start) (i32.const 0) (i32.const 0) (i32.const 0)
      (local.get $p) (local.get $end) (local.get $out) (local.get $status)))

  ;; strippedBits, and in the same pass the bits of a second automaton over the stripped line without
  ;; its trailing spaces, stored third at $status: two chains of loads that the processor overlaps.
  (func (export "strippedBitsPair")
    (param $map i32) (param $start i32) (param $map2 i32) (param $start2 i32) (param $p i32)
    (param $end i32) (param $out i32) (param $status i32) (result i32)
    (call $strip (local.get $map) (local.get $start) (local.get $map2) (local.get $start2)
      (i32.const 1) (local.get $p) (local.get $end) (local.get $out) (local.get $status)))

  ;; Offset of the first ESC or [ in [$p, $end) (where an ANSI code may start), or $end.
  (func $nextSpecial (param $p i32) (param $end i32) (result i32)
    (local $m i32) (local $x v128)
    (block $wideDone
      (loop $wide
        (br_if $wideDone (i32.gt_u (i32.add (local.get $p) (i32.const 16)) (local.get $end)))
        (local.set $x (v128.load (local.get $p)))
        (local.set $m (i8x16.bitmask (v128.or
          (i8x16.eq (local.get $x) (i8x16.splat (i32.const 27)))
          (i8x16.eq (local.get $x) (i8x16.splat (i32.const 91))))))
        (if (local.get $m)
          (then (return (i32.add (local.get $p) (i32.ctz (local.get $m))))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $wide)))
    (block $done
      (loop $narrow
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $m (i32.load8_u (local.get $p)))
        (br_if $done (i32.or (i32.eq (local.get $m) (i32.const 27)) (i32.eq (local.get $m) (i32.const 91))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $narrow)))
    (local.get $p))

  ;; strippedBits and strippedBitsPair ($pair 1). The bytes between two places where a code may
  ;; start go through the automata without any other test; the line is copied out only once a code
  ;; has been skipped.
  (func $strip
    (param $map i32) (param $start i32) (param $map2 i32) (param $start2 i32) (param $pair i32)
    (param $p i32) (param $end i32) (param $out i32) (param $status i32)
    (result i32)
    (local $kept i32)
    (local $s i32) (local $e i32) (local $bits i32) (local $s2 i32) (local $e2 i32)
    (local $bits2 i32) (local $c i32) (local $n i32) (local $q i32) (local $upTo i32)
    (local $line i32) (local $o i32) (local $copying i32) (local $skipped i32) (local $last i32)
    (local.set $s (local.get $start))
    (local.set $s2 (local.get $start2))
    (local.set $line (local.get $p))
    (block $done
      (loop $run
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        ;; Plain bytes up to the next ESC or [; that one byte too when no code starts there.
        (local.set $upTo (call $nextSpecial (local.get $p) (local.get $end)))
        (local.set $n (i32.const 0))
        (if (i32.lt_u (local.get $upTo) (local.get $end))
          (then
            (local.set $n (call $ansiAt (local.get $upTo) (local.get $end)))
            (if (i32.eqz (local.get $n))
              (then (local.set $upTo (i32.add (local.get $upTo) (i32.const 1)))))))
        (local.set $q (local.get $p))
        (if (local.get $pair)
          (then
            (block $pairDone
              (loop $pairStep
                (br_if $pairDone (i32.ge_u (local.get $q) (local.get $upTo)))
                (local.set $c (i32.shl (i32.load8_u (local.get $q)) (i32.const 2)))
                (local.set $e (i32.load (i32.add (local.get $s)
                  (i32.load (i32.add (local.get $map) (local.get $c))))))
                (local.set $e2 (i32.load (i32.add (local.get $s2)
                  (i32.load (i32.add (local.get $map2) (local.get $c))))))
                (local.set $s (i32.and (local.get $e) (i32.const -2)))
                (local.set $s2 (i32.and (local.get $e2) (i32.const -2)))
                (if (i32.and (local.get $e) (i32.const 1))
                  (then (local.set $bits (i32.or (local.get $bits) (i32.load (local.get $s))))))
                (if (i32.and (local.get $e2) (i32.const 1))
                  (then (local.set $bits2 (i32.or (local.get $bits2) (i32.load (local.get $s2))))))
                (local.set $q (i32.add (local.get $q) (i32.const 1)))
                (br $pairStep))))
          (else
            (block $oneDone
              (loop $oneStep
                (br_if $oneDone (i32.ge_u (local.get $q) (local.get $upTo)))
                (local.set $e (i32.load (i32.add (local.get $s) (i32.load (i32.add (local.get $map)
                  (i32.shl (i32.load8_u (local.get $q)) (i32.const 2)))))))
                (local.set $s (i32.and (local.get $e) (i32.const -2)))
                (if (i32.and (local.get $e) (i32.const 1))
                  (then (local.set $bits (i32.or (local.get $bits) (i32.load (local.get $s))))))
                (local.set $q (i32.add (local.get $q) (i32.const 1)))
                (br $oneStep)))))
        (if (local.get $copying)
          (then
            (memory.copy (local.get $o) (local.get $p) (i32.sub (local.get $upTo) (local.get $p)))
            (local.set $o (i32.add (local.get $o) (i32.sub (local.get $upTo) (local.get $p))))))
        (local.set $p (local.get $upTo))
        ;; $n > 0: a code of $n bytes starts at $p, skipped, the line so far copied out the first
        ;; time. (Else $upTo went past the ESC or [ that starts none.)
        (br_if $run (i32.eqz (local.get $n)))
        (if (i32.eqz (local.get $copying))
          (then
            (memory.copy (local.get $out) (local.get $line) (i32.sub (local.get $p) (local.get $line)))
            (local.set $o (i32.add (local.get $out) (i32.sub (local.get $p) (local.get $line))))
            (local.set $copying (i32.const 1))))
        (local.set $skipped (i32.or (local.get $skipped) (i32.const 1)))
        (local.set $q (local.get $p))
        (local.set $p (i32.add (local.get $p) (local.get $n)))
        (block $clean
          (loop $inside
            (br_if $clean (i32.ge_u (local.get $q) (local.get $p)))
            (local.set $c (i32.load8_u (local.get $q)))
            (if (i32.or (i32.eq (local.get $c) (i32.const 13)) (i32.eq (local.get $c) (i32.const 9)))
              (then (local.set $skipped (i32.const 3))))
            (local.set $q (i32.add (local.get $q) (i32.const 1)))
            (br $inside)))
        (br $run)))
    (local.set $kept (if (result i32) (local.get $copying)
      (then (i32.sub (local.get $o) (local.get $out)))
      (else (i32.sub (local.get $end) (local.get $line)))))
    (i32.store (local.get $status) (local.get $kept))
    (i32.store offset=4 (local.get $status) (local.get $skipped))
    (if (local.get $pair)
      (then
        ;; A line ending in spaces: the second automaton again, over the line without them.
        (local.set $q (if (result i32) (local.get $copying)
          (then (local.get $out)) (else (local.get $line))))
        (local.set $last (i32.add (local.get $q) (local.get $kept)))
        (block $trimmed
          (loop $trim
            (br_if $trimmed (i32.le_u (local.get $last) (local.get $q)))
            (local.set $c (i32.load8_u (i32.sub (local.get $last) (i32.const 1))))
            (br_if $trimmed (i32.eqz (i32.or (i32.eq (local.get $c) (i32.const 32))
              (i32.lt_u (i32.sub (local.get $c) (i32.const 9)) (i32.const 5)))))
            (local.set $last (i32.sub (local.get $last) (i32.const 1)))
            (br $trim)))
        (if (i32.lt_u (local.get $last) (i32.add (local.get $q) (local.get $kept)))
          (then (local.set $bits2 (call $bits (local.get $map2) (local.get $start2)
            (local.get $q) (local.get $last)))))
        (i32.store offset=8 (local.get $status) (local.get $bits2))))
    (local.get $bits))
)
