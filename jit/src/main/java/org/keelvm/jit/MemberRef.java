package org.keelvm.jit;

/**
 * A method or field as bytecode names it: owner class (internal name), member name and descriptor.
 *
 * @param owner      internal name of the class, {@code org/keelvm/vm/VM}
 * @param name       member name
 * @param descriptor JVM descriptor, {@code (Lorg/keelvm/hal/Address;)V} or {@code J}
 */
public record MemberRef(String owner, String name, String descriptor) {
    /**
     * The name of compiled code in the image's symbol table and in diagnostics:
     * {@code org.keelvm.vm.VM.boot(Lorg/keelvm/hal/Address;)V}. Unique per method, readable in {@code gdb}.
     */
    public String symbolName() {
        return owner.replace('/', '.') + '.' + name + descriptor;
    }

    @Override
    public String toString() {
        return symbolName();
    }
}
