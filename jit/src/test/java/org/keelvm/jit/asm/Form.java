package org.keelvm.jit.asm;

import java.util.function.Consumer;

/**
 * One oracle case: the same instruction (or short program) as GNU as source text and as
 * calls on an {@link Assembler}.
 *
 * @param text Intel-syntax source, possibly several lines; labels must be unique in the batch
 * @param emitter emits the same code through the assembler API
 */
record Form(String text, Consumer<Assembler> emitter) {
}
