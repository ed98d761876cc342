; PDQ kernels: vertical box-filter steps for the Jarosz filter (four columns per f32x4), 4×4 transposes,
; luma rows and the DCT product.
; Every lane performs the same IEEE float32 add, subtract and divide, in the same order, as the
; reference's scalar loop; no fast-math flags, so LLVM may not reassociate or contract them.
; Built by build-wasm.ts (opt + llc from LLVM 14) into pdq-wasm-binary.ts. Pointers are byte offsets.
target datalayout = "e-m:e-p:32:32-i64:64-n32:64-S128"
target triple = "wasm32-unknown-unknown"

define void @box_add(i32 %in, i32 %sums, i32 %n) #0 {
entry:
  %cmp0 = icmp sgt i32 %n, 0
  br i1 %cmp0, label %pre, label %exit
pre:
  br label %loop
loop:
  %j = phi i32 [0, %pre], [%jn, %loop]
  %off = shl i32 %j, 4
  %p_in = add i32 %in, %off
  %q_in = inttoptr i32 %p_in to <4 x float>*
  %p_sums = add i32 %sums, %off
  %q_sums = inttoptr i32 %p_sums to <4 x float>*
  %s0 = load <4 x float>, <4 x float>* %q_sums, align 4
  %va = load <4 x float>, <4 x float>* %q_in, align 4
  %s1 = fadd <4 x float> %s0, %va
  store <4 x float> %s1, <4 x float>* %q_sums, align 4
  %jn = add i32 %j, 1
  %c = icmp slt i32 %jn, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

define void @box_add_write(i32 %in, i32 %sums, i32 %out, i32 %n, float %size) #0 {
entry:
  %cmp0 = icmp sgt i32 %n, 0
  br i1 %cmp0, label %pre, label %exit
pre:
  %sz0 = insertelement <4 x float> undef, float %size, i32 0
  %szv = shufflevector <4 x float> %sz0, <4 x float> undef, <4 x i32> zeroinitializer
  br label %loop
loop:
  %j = phi i32 [0, %pre], [%jn, %loop]
  %off = shl i32 %j, 4
  %p_in = add i32 %in, %off
  %q_in = inttoptr i32 %p_in to <4 x float>*
  %p_sums = add i32 %sums, %off
  %q_sums = inttoptr i32 %p_sums to <4 x float>*
  %p_out = add i32 %out, %off
  %q_out = inttoptr i32 %p_out to <4 x float>*
  %s0 = load <4 x float>, <4 x float>* %q_sums, align 4
  %va = load <4 x float>, <4 x float>* %q_in, align 4
  %s1 = fadd <4 x float> %s0, %va
  store <4 x float> %s1, <4 x float>* %q_sums, align 4
  %o = fdiv <4 x float> %s1, %szv
  store <4 x float> %o, <4 x float>* %q_out, align 4
  %jn = add i32 %j, 1
  %c = icmp slt i32 %jn, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

define void @box_addsub(i32 %in, i32 %sub, i32 %sums, i32 %n) #0 {
entry:
  %cmp0 = icmp sgt i32 %n, 0
  br i1 %cmp0, label %pre, label %exit
pre:
  br label %loop
loop:
  %j = phi i32 [0, %pre], [%jn, %loop]
  %off = shl i32 %j, 4
  %p_in = add i32 %in, %off
  %q_in = inttoptr i32 %p_in to <4 x float>*
  %p_sub = add i32 %sub, %off
  %q_sub = inttoptr i32 %p_sub to <4 x float>*
  %p_sums = add i32 %sums, %off
  %q_sums = inttoptr i32 %p_sums to <4 x float>*
  %s0 = load <4 x float>, <4 x float>* %q_sums, align 4
  %va = load <4 x float>, <4 x float>* %q_in, align 4
  %s1 = fadd <4 x float> %s0, %va
  %vb = load <4 x float>, <4 x float>* %q_sub, align 4
  %s2 = fsub <4 x float> %s1, %vb
  store <4 x float> %s2, <4 x float>* %q_sums, align 4
  %jn = add i32 %j, 1
  %c = icmp slt i32 %jn, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

define void @box_addsub_write(i32 %in, i32 %sub, i32 %sums, i32 %out, i32 %n, float %size) #0 {
entry:
  %cmp0 = icmp sgt i32 %n, 0
  br i1 %cmp0, label %pre, label %exit
pre:
  %sz0 = insertelement <4 x float> undef, float %size, i32 0
  %szv = shufflevector <4 x float> %sz0, <4 x float> undef, <4 x i32> zeroinitializer
  br label %loop
loop:
  %j = phi i32 [0, %pre], [%jn, %loop]
  %off = shl i32 %j, 4
  %p_in = add i32 %in, %off
  %q_in = inttoptr i32 %p_in to <4 x float>*
  %p_sub = add i32 %sub, %off
  %q_sub = inttoptr i32 %p_sub to <4 x float>*
  %p_sums = add i32 %sums, %off
  %q_sums = inttoptr i32 %p_sums to <4 x float>*
  %p_out = add i32 %out, %off
  %q_out = inttoptr i32 %p_out to <4 x float>*
  %s0 = load <4 x float>, <4 x float>* %q_sums, align 4
  %va = load <4 x float>, <4 x float>* %q_in, align 4
  %s1 = fadd <4 x float> %s0, %va
  %vb = load <4 x float>, <4 x float>* %q_sub, align 4
  %s2 = fsub <4 x float> %s1, %vb
  store <4 x float> %s2, <4 x float>* %q_sums, align 4
  %o = fdiv <4 x float> %s2, %szv
  store <4 x float> %o, <4 x float>* %q_out, align 4
  %jn = add i32 %j, 1
  %c = icmp slt i32 %jn, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

define void @box_sub(i32 %sub, i32 %sums, i32 %n) #0 {
entry:
  %cmp0 = icmp sgt i32 %n, 0
  br i1 %cmp0, label %pre, label %exit
pre:
  br label %loop
loop:
  %j = phi i32 [0, %pre], [%jn, %loop]
  %off = shl i32 %j, 4
  %p_sub = add i32 %sub, %off
  %q_sub = inttoptr i32 %p_sub to <4 x float>*
  %p_sums = add i32 %sums, %off
  %q_sums = inttoptr i32 %p_sums to <4 x float>*
  %s0 = load <4 x float>, <4 x float>* %q_sums, align 4
  %vb = load <4 x float>, <4 x float>* %q_sub, align 4
  %s1 = fsub <4 x float> %s0, %vb
  store <4 x float> %s1, <4 x float>* %q_sums, align 4
  %jn = add i32 %j, 1
  %c = icmp slt i32 %jn, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

define void @box_sub_write(i32 %sub, i32 %sums, i32 %out, i32 %n, float %size) #0 {
entry:
  %cmp0 = icmp sgt i32 %n, 0
  br i1 %cmp0, label %pre, label %exit
pre:
  %sz0 = insertelement <4 x float> undef, float %size, i32 0
  %szv = shufflevector <4 x float> %sz0, <4 x float> undef, <4 x i32> zeroinitializer
  br label %loop
loop:
  %j = phi i32 [0, %pre], [%jn, %loop]
  %off = shl i32 %j, 4
  %p_sub = add i32 %sub, %off
  %q_sub = inttoptr i32 %p_sub to <4 x float>*
  %p_sums = add i32 %sums, %off
  %q_sums = inttoptr i32 %p_sums to <4 x float>*
  %p_out = add i32 %out, %off
  %q_out = inttoptr i32 %p_out to <4 x float>*
  %s0 = load <4 x float>, <4 x float>* %q_sums, align 4
  %vb = load <4 x float>, <4 x float>* %q_sub, align 4
  %s1 = fsub <4 x float> %s0, %vb
  store <4 x float> %s1, <4 x float>* %q_sums, align 4
  %o = fdiv <4 x float> %s1, %szv
  store <4 x float> %o, <4 x float>* %q_out, align 4
  %jn = add i32 %j, 1
  %c = icmp slt i32 %jn, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

define void @transpose(i32 %in, i32 %out, i32 %rows4, i32 %cols4, i32 %inStride, i32 %outStride) #0 {
entry:
  %r0 = icmp sgt i32 %rows4, 0
  %c0 = icmp sgt i32 %cols4, 0
  %both = and i1 %r0, %c0
  br i1 %both, label %outer, label %exit
outer:
  %bi = phi i32 [0, %entry], [%bin, %outer_end]
  %i4 = shl i32 %bi, 2
  br label %inner
inner:
  %bj = phi i32 [0, %outer], [%bjn, %inner]
  %j4 = shl i32 %bj, 2
  %ia0 = mul i32 %i4, %inStride
  %ia = add i32 %ia0, %j4
  %ib = shl i32 %ia, 2
  %p0a = add i32 %in, %ib
  %sb = shl i32 %inStride, 2
  %p1a = add i32 %p0a, %sb
  %p2a = add i32 %p1a, %sb
  %p3a = add i32 %p2a, %sb
  %p0 = inttoptr i32 %p0a to <4 x float>*
  %p1 = inttoptr i32 %p1a to <4 x float>*
  %p2 = inttoptr i32 %p2a to <4 x float>*
  %p3 = inttoptr i32 %p3a to <4 x float>*
  %v0 = load <4 x float>, <4 x float>* %p0, align 4
  %v1 = load <4 x float>, <4 x float>* %p1, align 4
  %v2 = load <4 x float>, <4 x float>* %p2, align 4
  %v3 = load <4 x float>, <4 x float>* %p3, align 4
  %t0 = shufflevector <4 x float> %v0, <4 x float> %v1, <4 x i32> <i32 0, i32 4, i32 1, i32 5>
  %t1 = shufflevector <4 x float> %v0, <4 x float> %v1, <4 x i32> <i32 2, i32 6, i32 3, i32 7>
  %t2 = shufflevector <4 x float> %v2, <4 x float> %v3, <4 x i32> <i32 0, i32 4, i32 1, i32 5>
  %t3 = shufflevector <4 x float> %v2, <4 x float> %v3, <4 x i32> <i32 2, i32 6, i32 3, i32 7>
  %o0 = shufflevector <4 x float> %t0, <4 x float> %t2, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
  %o1 = shufflevector <4 x float> %t0, <4 x float> %t2, <4 x i32> <i32 2, i32 3, i32 6, i32 7>
  %o2 = shufflevector <4 x float> %t1, <4 x float> %t3, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
  %o3 = shufflevector <4 x float> %t1, <4 x float> %t3, <4 x i32> <i32 2, i32 3, i32 6, i32 7>
  %oa0 = mul i32 %j4, %outStride
  %oa = add i32 %oa0, %i4
  %ob = shl i32 %oa, 2
  %q0a = add i32 %out, %ob
  %osb = shl i32 %outStride, 2
  %q1a = add i32 %q0a, %osb
  %q2a = add i32 %q1a, %osb
  %q3a = add i32 %q2a, %osb
  %q0 = inttoptr i32 %q0a to <4 x float>*
  %q1 = inttoptr i32 %q1a to <4 x float>*
  %q2 = inttoptr i32 %q2a to <4 x float>*
  %q3 = inttoptr i32 %q3a to <4 x float>*
  store <4 x float> %o0, <4 x float>* %q0, align 4
  store <4 x float> %o1, <4 x float>* %q1, align 4
  store <4 x float> %o2, <4 x float>* %q2, align 4
  store <4 x float> %o3, <4 x float>* %q3, align 4
  %bjn = add i32 %bj, 1
  %jc = icmp slt i32 %bjn, %cols4
  br i1 %jc, label %inner, label %outer_end
outer_end:
  %bin = add i32 %bi, 1
  %ic = icmp slt i32 %bin, %rows4
  br i1 %ic, label %outer, label %exit
exit:
  ret void
}

; One output row of grey luma (one or two channels; alpha ignored): for each x, the byte at offset
; xs[x] of the source row, as float32, written every outStride bytes.
define void @luma_row_grey(i32 %src, i32 %xs, i32 %n, i32 %out, i32 %outStride) #0 {
entry:
  %c0 = icmp sgt i32 %n, 0
  br i1 %c0, label %loop, label %exit
loop:
  %x = phi i32 [0, %entry], [%xn, %loop]
  %xo = shl i32 %x, 2
  %xa = add i32 %xs, %xo
  %xp = inttoptr i32 %xa to i32*
  %off = load i32, i32* %xp, align 4
  %pa = add i32 %src, %off
  %pr = inttoptr i32 %pa to i8*
  %v = load i8, i8* %pr, align 1
  %vf = uitofp i8 %v to float
  %oo = mul i32 %x, %outStride
  %oa = add i32 %out, %oo
  %op = inttoptr i32 %oa to float*
  store float %vf, float* %op, align 4
  %xn = add i32 %x, 1
  %c = icmp slt i32 %xn, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

; out (rows × 4·w4) = L (rows × inner) · R (inner × 4·w4), four output columns per f32x4; each lane
; sums L[i][k]·R[k][j] for k = 0, 1, … in order from 0.0, as the reference's scalar DCT loops do.
define void @matmul_splat(i32 %l, i32 %r, i32 %out, i32 %rows, i32 %inner, i32 %w4) #0 {
entry:
  %ok0 = icmp sgt i32 %rows, 0
  %ok1 = icmp sgt i32 %w4, 0
  %ok2 = icmp sgt i32 %inner, 0
  %ok01 = and i1 %ok0, %ok1
  %ok = and i1 %ok01, %ok2
  %w = shl i32 %w4, 2
  br i1 %ok, label %rowloop, label %exit
rowloop:
  %i = phi i32 [0, %entry], [%inext, %rowend]
  br label %colloop
colloop:
  %jv = phi i32 [0, %rowloop], [%jvn, %colend]
  br label %kloop
kloop:
  %k = phi i32 [0, %colloop], [%kn, %kloop]
  %acc = phi <4 x float> [zeroinitializer, %colloop], [%accn, %kloop]
  %li0 = mul i32 %i, %inner
  %li = add i32 %li0, %k
  %lb = shl i32 %li, 2
  %la = add i32 %l, %lb
  %lp = inttoptr i32 %la to float*
  %lv = load float, float* %lp, align 4
  %ls0 = insertelement <4 x float> undef, float %lv, i32 0
  %ls = shufflevector <4 x float> %ls0, <4 x float> undef, <4 x i32> zeroinitializer
  %ri0 = mul i32 %k, %w
  %jv4 = shl i32 %jv, 2
  %ri = add i32 %ri0, %jv4
  %rb = shl i32 %ri, 2
  %ra = add i32 %r, %rb
  %rp = inttoptr i32 %ra to <4 x float>*
  %rv = load <4 x float>, <4 x float>* %rp, align 4
  %prod = fmul <4 x float> %ls, %rv
  %accn = fadd <4 x float> %acc, %prod
  %kn = add i32 %k, 1
  %kc = icmp slt i32 %kn, %inner
  br i1 %kc, label %kloop, label %colend
colend:
  %oi0 = mul i32 %i, %w
  %jv4b = shl i32 %jv, 2
  %oi = add i32 %oi0, %jv4b
  %ob = shl i32 %oi, 2
  %oa = add i32 %out, %ob
  %op = inttoptr i32 %oa to <4 x float>*
  store <4 x float> %accn, <4 x float>* %op, align 4
  %jvn = add i32 %jv, 1
  %jc = icmp slt i32 %jvn, %w4
  br i1 %jc, label %colloop, label %rowend
rowend:
  %inext = add i32 %i, 1
  %ic = icmp slt i32 %inext, %rows
  br i1 %ic, label %rowloop, label %exit
exit:
  ret void
}

; One output row of colour luma, four pixels per f32x4 (n4 groups), written contiguously: for each x,
; the pixel at byte offset xs[x] of the source row; float32 0.299·R + 0.587·G + 0.114·B summed left to right.
define void @luma_row_rgb4(i32 %src, i32 %xs, i32 %n4, i32 %out) #0 {
entry:
  %c0 = icmp sgt i32 %n4, 0
  br i1 %c0, label %loop, label %exit
loop:
  %g4 = phi i32 [0, %entry], [%gn, %loop]
  %gb = shl i32 %g4, 4
  %xa = add i32 %xs, %gb
  %xp = inttoptr i32 %xa to <4 x i32>*
  %xv = load <4 x i32>, <4 x i32>* %xp, align 4
  %or0a = extractelement <4 x i32> %xv, i32 0
  %or0b = add i32 %or0a, 0
  %ar0 = add i32 %src, %or0b
  %pr0 = inttoptr i32 %ar0 to i8*
  %vr0 = load i8, i8* %pr0, align 1
  %wr0 = insertelement <4 x i8> undef, i8 %vr0, i32 0
  %or1a = extractelement <4 x i32> %xv, i32 1
  %or1b = add i32 %or1a, 0
  %ar1 = add i32 %src, %or1b
  %pr1 = inttoptr i32 %ar1 to i8*
  %vr1 = load i8, i8* %pr1, align 1
  %wr1 = insertelement <4 x i8> %wr0, i8 %vr1, i32 1
  %or2a = extractelement <4 x i32> %xv, i32 2
  %or2b = add i32 %or2a, 0
  %ar2 = add i32 %src, %or2b
  %pr2 = inttoptr i32 %ar2 to i8*
  %vr2 = load i8, i8* %pr2, align 1
  %wr2 = insertelement <4 x i8> %wr1, i8 %vr2, i32 2
  %or3a = extractelement <4 x i32> %xv, i32 3
  %or3b = add i32 %or3a, 0
  %ar3 = add i32 %src, %or3b
  %pr3 = inttoptr i32 %ar3 to i8*
  %vr3 = load i8, i8* %pr3, align 1
  %wr3 = insertelement <4 x i8> %wr2, i8 %vr3, i32 3
  %fr = uitofp <4 x i8> %wr3 to <4 x float>
  %og0a = extractelement <4 x i32> %xv, i32 0
  %og0b = add i32 %og0a, 1
  %ag0 = add i32 %src, %og0b
  %pg0 = inttoptr i32 %ag0 to i8*
  %vg0 = load i8, i8* %pg0, align 1
  %wg0 = insertelement <4 x i8> undef, i8 %vg0, i32 0
  %og1a = extractelement <4 x i32> %xv, i32 1
  %og1b = add i32 %og1a, 1
  %ag1 = add i32 %src, %og1b
  %pg1 = inttoptr i32 %ag1 to i8*
  %vg1 = load i8, i8* %pg1, align 1
  %wg1 = insertelement <4 x i8> %wg0, i8 %vg1, i32 1
  %og2a = extractelement <4 x i32> %xv, i32 2
  %og2b = add i32 %og2a, 1
  %ag2 = add i32 %src, %og2b
  %pg2 = inttoptr i32 %ag2 to i8*
  %vg2 = load i8, i8* %pg2, align 1
  %wg2 = insertelement <4 x i8> %wg1, i8 %vg2, i32 2
  %og3a = extractelement <4 x i32> %xv, i32 3
  %og3b = add i32 %og3a, 1
  %ag3 = add i32 %src, %og3b
  %pg3 = inttoptr i32 %ag3 to i8*
  %vg3 = load i8, i8* %pg3, align 1
  %wg3 = insertelement <4 x i8> %wg2, i8 %vg3, i32 3
  %fg = uitofp <4 x i8> %wg3 to <4 x float>
  %ob0a = extractelement <4 x i32> %xv, i32 0
  %ob0b = add i32 %ob0a, 2
  %ab0 = add i32 %src, %ob0b
  %pb0 = inttoptr i32 %ab0 to i8*
  %vb0 = load i8, i8* %pb0, align 1
  %wb0 = insertelement <4 x i8> undef, i8 %vb0, i32 0
  %ob1a = extractelement <4 x i32> %xv, i32 1
  %ob1b = add i32 %ob1a, 2
  %ab1 = add i32 %src, %ob1b
  %pb1 = inttoptr i32 %ab1 to i8*
  %vb1 = load i8, i8* %pb1, align 1
  %wb1 = insertelement <4 x i8> %wb0, i8 %vb1, i32 1
  %ob2a = extractelement <4 x i32> %xv, i32 2
  %ob2b = add i32 %ob2a, 2
  %ab2 = add i32 %src, %ob2b
  %pb2 = inttoptr i32 %ab2 to i8*
  %vb2 = load i8, i8* %pb2, align 1
  %wb2 = insertelement <4 x i8> %wb1, i8 %vb2, i32 2
  %ob3a = extractelement <4 x i32> %xv, i32 3
  %ob3b = add i32 %ob3a, 2
  %ab3 = add i32 %src, %ob3b
  %pb3 = inttoptr i32 %ab3 to i8*
  %vb3 = load i8, i8* %pb3, align 1
  %wb3 = insertelement <4 x i8> %wb2, i8 %vb3, i32 3
  %fb = uitofp <4 x i8> %wb3 to <4 x float>
  %mr = fmul <4 x float> %fr, <float 0x3FD322D0E0000000, float 0x3FD322D0E0000000, float 0x3FD322D0E0000000, float 0x3FD322D0E0000000>
  %mg = fmul <4 x float> %fg, <float 0x3FE2C8B440000000, float 0x3FE2C8B440000000, float 0x3FE2C8B440000000, float 0x3FE2C8B440000000>
  %mb = fmul <4 x float> %fb, <float 0x3FBD2F1AA0000000, float 0x3FBD2F1AA0000000, float 0x3FBD2F1AA0000000, float 0x3FBD2F1AA0000000>
  %s1 = fadd <4 x float> %mr, %mg
  %s2 = fadd <4 x float> %s1, %mb
  %oa = add i32 %out, %gb
  %op = inttoptr i32 %oa to <4 x float>*
  store <4 x float> %s2, <4 x float>* %op, align 4
  %gn = add i32 %g4, 1
  %c = icmp slt i32 %gn, %n4
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

attributes #0 = { nounwind "target-features"="+simd128" }
