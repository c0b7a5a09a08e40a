package org.keelvm.boot.heap;

import org.keelvm.boot.BuildException;
import org.keelvm.boot.universe.ResolvedMethod;
import org.keelvm.jit.CompiledMethod;
import org.keelvm.vm.code.CodeInfo;
import org.keelvm.vm.object.Hub;

/** Turns what the compiler reports about a method into the runtime's {@link CodeInfo}, once its code is placed. */
public final class CodeInfos {
    private CodeInfos() {
    }

    /** The description of {@code compiled}, placed at {@code address}. */
    public static CodeInfo describe(CompiledMethod compiled, long address, HubFactory hubs, ResolvedMethod method)
            throws BuildException {
        String[] catchTypes = compiled.catchTypes();
        Hub[] catchHubs = new Hub[catchTypes.length];
        for (int i = 0; i < catchTypes.length; i++) {
            catchHubs[i] = catchTypes[i] == null ? null : hubs.hub(catchTypes[i]);
        }
        return new CodeInfo(address, address + compiled.code().length, hubs.hub(method.owner().name),
                method.method().name, method.method().desc, compiled.maxLocals(), compiled.bytecodeStarts(),
                compiled.lineNumbers(), compiled.handlers(), catchHubs);
    }
}
