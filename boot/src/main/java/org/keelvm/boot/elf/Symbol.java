package org.keelvm.boot.elf;

/**
 * A function or data object named in an image's symbol table.
 *
 * @param name     the name exactly as it was written, for compiled Java methods the class, method name and descriptor
 * @param address  the address of the first byte
 * @param size     the size in bytes; zero if unknown
 * @param function {@code true} for code ({@code STT_FUNC}), {@code false} for data ({@code STT_OBJECT})
 */
public record Symbol(String name, long address, long size, boolean function) {
}
