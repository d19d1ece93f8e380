;; The bottom-up pass of a decision diagram over many lanes at once (laneSweep.ts), in
;; WebAssembly with 128-bit SIMD: two lanes (doubles) per instruction, no bounds checks. For each
;; node i ≥ 2, in ascending order (children before parents), and each lane x:
;;
;;   row(i)[x] = work(kind(i))[x] · row(high(i))[x] + fail(kind(i))[x] · row(low(i))[x]
;;
;; one multiply, one multiply and one add, each rounded as JavaScript rounds them (WebAssembly
;; never fuses a multiply-add), so every value is the same double as the JavaScript pass.
;;
;; Memory, all offsets in bytes and 16-byte aligned:
;;   rows      node rows of `bytes` bytes each (rows 0 and 1 are the terminals, set by the caller)
;;   factors   per kind: `bytes` of work factors, then `bytes` of fail factors
;;   low/high  the children of each node (i32 per node)
;;   kind      the kind of each node's block (i32 per node)
;; `bytes` is a multiple of 64: the inner loop does eight lanes (four vectors) per step.
;;
;; Compiled by `npm run build:kernel` into laneSweepWasm.ts (checked in; a test compiles this file
;; again and compares).
(module
  (memory (export "memory") 1)
  (func (export "sweep")
    (param $nodes i32) (param $bytes i32) (param $rows i32) (param $factors i32)
    (param $low i32) (param $high i32) (param $kind i32)
    (local $i i32) (local $out i32) (local $end i32) (local $h i32) (local $l i32)
    (local $w i32) (local $f i32)
    (local.set $i (i32.const 2))
    (block $done
      (loop $node
        (br_if $done (i32.ge_u (local.get $i) (local.get $nodes)))
        (local.set $out (i32.add (local.get $rows) (i32.mul (local.get $i) (local.get $bytes))))
        (local.set $end (i32.add (local.get $out) (local.get $bytes)))
        (local.set $h
          (i32.add (local.get $rows)
            (i32.mul
              (i32.load (i32.add (local.get $high) (i32.shl (local.get $i) (i32.const 2))))
              (local.get $bytes))))
        (local.set $l
          (i32.add (local.get $rows)
            (i32.mul
              (i32.load (i32.add (local.get $low) (i32.shl (local.get $i) (i32.const 2))))
              (local.get $bytes))))
        (local.set $w
          (i32.add (local.get $factors)
            (i32.shl
              (i32.mul
                (i32.load (i32.add (local.get $kind) (i32.shl (local.get $i) (i32.const 2))))
                (local.get $bytes))
              (i32.const 1))))
        (local.set $f (i32.add (local.get $w) (local.get $bytes)))
        (loop $lanes
          (v128.store offset=0 (local.get $out)
            (f64x2.add
              (f64x2.mul (v128.load offset=0 (local.get $w)) (v128.load offset=0 (local.get $h)))
              (f64x2.mul (v128.load offset=0 (local.get $f)) (v128.load offset=0 (local.get $l)))))
          (v128.store offset=16 (local.get $out)
            (f64x2.add
              (f64x2.mul (v128.load offset=16 (local.get $w)) (v128.load offset=16 (local.get $h)))
              (f64x2.mul (v128.load offset=16 (local.get $f)) (v128.load offset=16 (local.get $l)))))
          (v128.store offset=32 (local.get $out)
            (f64x2.add
              (f64x2.mul (v128.load offset=32 (local.get $w)) (v128.load offset=32 (local.get $h)))
              (f64x2.mul (v128.load offset=32 (local.get $f)) (v128.load offset=32 (local.get $l)))))
          (v128.store offset=48 (local.get $out)
            (f64x2.add
              (f64x2.mul (v128.load offset=48 (local.get $w)) (v128.load offset=48 (local.get $h)))
              (f64x2.mul (v128.load offset=48 (local.get $f)) (v128.load offset=48 (local.get $l)))))
          (local.set $out (i32.add (local.get $out) (i32.const 64)))
          (local.set $h (i32.add (local.get $h) (i32.const 64)))
          (local.set $l (i32.add (local.get $l) (i32.const 64)))
          (local.set $w (i32.add (local.get $w) (i32.const 64)))
          (local.set $f (i32.add (local.get $f) (i32.const 64)))
          (br_if $lanes (i32.lt_u (local.get $out) (local.get $end))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $node)))))
