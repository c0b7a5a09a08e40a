package org.keelvm.jit;

/**
 * Machine code for one method, ready to be installed at any address (it refers to other code and data only through
 * absolute addresses of table entries and static slots, and to itself only relatively).
 *
 * @param method the method compiled
 * @param code   its machine code
 */
public record CompiledMethod(MemberRef method, byte[] code) {
}
