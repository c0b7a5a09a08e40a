/**
 * The x86-64 assembler used by Keel's compiler and boot code.
 *
 * <p>{@link org.keelvm.jit.asm.Assembler} has one method per instruction form, named after
 * the Intel mnemonic, with operands in Intel order (destination first): general registers
 * ({@link org.keelvm.jit.asm.Register}, with an {@link org.keelvm.jit.asm.OperandSize}
 * choosing the width), SSE registers ({@link org.keelvm.jit.asm.Xmm}), memory operands
 * ({@link org.keelvm.jit.asm.Memory}), immediates, conditions
 * ({@link org.keelvm.jit.asm.Condition}) and {@link org.keelvm.jit.asm.Label}s. Label branches
 * are relaxed to their short or near form when {@link org.keelvm.jit.asm.Assembler#finish()}
 * lays the code out; positions worth keeping are therefore labels, not offsets.
 *
 * <p>GNU as is the specification: for every form it supports, the assembler emits the bytes
 * {@code as --64} emits for the same Intel-syntax instruction, including its choices among
 * equivalent encodings (imm8 versus accumulator forms, displacement sizes, branch sizes after
 * relaxation, NOP padding). The tests check this by assembling many thousands of forms with
 * both and comparing the bytes.
 *
 * <p>The assembler runs on the host JVM (when building images ahead of time) and later inside
 * the Keel guest as part of the JIT, so its main code sticks to what a minimal runtime offers:
 * plain arrays and loops, no {@code java.util.stream}, no reflection, no collections in the
 * hot path and no {@code String.format} while encoding.
 *
 * <p>Internally the public {@code Assembler} inherits its instruction groups from
 * package-private classes, one concern each; the bytes are built by an instruction encoder
 * (prefixes, REX, ModRM, SIB) and kept in a code buffer that owns labels, fixups and
 * relaxation.
 */
package org.keelvm.jit.asm;
