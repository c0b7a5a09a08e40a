package org.keelvm.jit.asm;

/**
 * A memory operand together with its GNU as Intel-syntax spelling (without size keyword).
 *
 * @param memory the operand for the assembler API
 * @param text the operand as GNU as reads it, e.g. {@code [rbx + rcx*4 - 8]}
 */
record MemOperand(Memory memory, String text) {
}
