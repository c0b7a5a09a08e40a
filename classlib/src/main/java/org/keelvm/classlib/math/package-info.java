/**
 * Java implementations of the transcendental functions that JDK 17 leaves native in {@code StrictMath}: sin, cos,
 * tan, asin, acos, atan, atan2, log, log10, log1p, expm1, sinh, cosh, tanh and IEEEremainder.
 *
 * <p>{@code StrictMath} does not ask for results that are merely accurate: it requires exactly those of the
 * freely distributable math library fdlibm 5.3, so that every JVM prints the same digits. The classes here follow
 * that library's published algorithms (argument reduction, minimax polynomial or rational kernels, the splitting
 * of constants into exact heads and small tails) and use its coefficients, which are what make the roundings come
 * out the same. Each class says in its documentation what it computes and how. Correctness means agreement with
 * the host JDK's {@code StrictMath} in every bit, NaN payloads included, which the tests check on special values,
 * on both sides of every branch threshold and on millions of random arguments.
 *
 * <p>What the code may not do follows from that:
 * <ul>
 *   <li>change the order or grouping of any floating-point operation, fold two into one (no fused multiply-add),
 *       or simplify an expression that looks redundant, such as {@code x - (t - (HUGE + x))}: each rounding is part
 *       of the result;</li>
 *   <li>call {@code Math} or {@code StrictMath} for a function implemented here. It may call {@code Math.abs},
 *       {@code Math.sqrt} and {@code Math.floor} (exact operations) and {@code StrictMath.exp}, which JDK 17
 *       already implements in Java;</li>
 *   <li>use JDK internals, or allocate beyond the small arrays that carry a reduced argument.</li>
 * </ul>
 *
 * <p>The substitution {@code org.keelvm.classlib.Target_java_lang_StrictMath} routes {@code StrictMath}'s native
 * methods here; {@code Math}'s versions of these functions call {@code StrictMath}'s.
 */
package org.keelvm.classlib.math;
