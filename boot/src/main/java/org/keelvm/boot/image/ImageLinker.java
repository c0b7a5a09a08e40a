package org.keelvm.boot.image;

import org.keelvm.boot.BuildException;
import org.keelvm.boot.heap.HubFactory;
import org.keelvm.boot.heap.ImageHeap;
import org.keelvm.boot.layout.DispatchTables;
import org.keelvm.boot.layout.FieldLayout;
import org.keelvm.boot.universe.ClassUniverse;
import org.keelvm.boot.universe.Reachability;
import org.keelvm.boot.universe.ResolvedField;
import org.keelvm.boot.universe.ResolvedMethod;
import org.keelvm.jit.CompilationException;
import org.keelvm.jit.JdkIntrinsics;
import org.keelvm.jit.Linker;
import org.keelvm.jit.MemberRef;
import org.keelvm.jit.VirtualCall;
import org.keelvm.vm.object.Hub;

/**
 * The compiler's view of the image being built: answers from the resolutions reachability recorded, the statics
 * table, the field layouts, the dispatch tables and the image heap.
 */
public final class ImageLinker implements Linker {
    private final ClassUniverse universe;
    private final Reachability reachability;
    private final StaticsTable statics;
    private final FieldLayout fields;
    private final DispatchTables tables;
    private final HubFactory hubs;
    private final ImageHeap heap;

    public ImageLinker(ClassUniverse universe, Reachability reachability, StaticsTable statics, FieldLayout fields,
                       DispatchTables tables, HubFactory hubs, ImageHeap heap) {
        this.universe = universe;
        this.reachability = reachability;
        this.statics = statics;
        this.fields = fields;
        this.tables = tables;
        this.hubs = hubs;
        this.heap = heap;
    }

    @Override
    public long staticMethodEntry(MemberRef method) {
        if (statics.hasMethod(method)) {
            return statics.methodEntry(method);
        }
        ResolvedMethod resolved = reachability.linkMethod(method);
        if (resolved == null || !statics.hasMethod(resolved.ref())) {
            throw new CompilationException("call to " + method.symbolName() + " was not seen by reachability");
        }
        return statics.methodEntry(resolved.ref());
    }

    @Override
    public long staticFieldAddress(MemberRef field) {
        ResolvedField resolved = reachability.linkField(field);
        if (resolved == null) {
            throw new CompilationException("access to " + field + " was not seen by reachability");
        }
        return statics.fieldSlot(resolved.ref());
    }

    @Override
    public boolean isIntrinsic(MemberRef method) {
        if (JdkIntrinsics.contains(method)) {
            return true;
        }
        ResolvedMethod resolved = reachability.linkMethod(method);
        return resolved != null && ClassUniverse.isIntrinsic(resolved.method());
    }

    @Override
    public long hubAddress(String type) {
        try {
            return heap.addressOf(hubs.hub(type));
        } catch (BuildException e) {
            throw new CompilationException(e.getMessage());
        }
    }

    @Override
    public long classConstant(String type) {
        try {
            return heap.addressOf(hubs.hub(type).mirror);
        } catch (BuildException e) {
            throw new CompilationException(e.getMessage());
        }
    }

    @Override
    public long stringConstant(String value) {
        try {
            return heap.stringConstant(value);
        } catch (BuildException e) {
            throw new CompilationException(e.getMessage());
        }
    }

    @Override
    public int instanceFieldOffset(MemberRef field) {
        ResolvedField resolved = reachability.linkField(field);
        String owner = resolved != null ? resolved.owner().name : field.owner();
        try {
            return fields.offset(owner, field.name(), field.descriptor());
        } catch (BuildException e) {
            throw new CompilationException(e.getMessage());
        }
    }

    @Override
    public VirtualCall virtualCall(MemberRef method, boolean isInterface) {
        ResolvedMethod resolved = reachability.linkMethod(method);
        if (resolved == null) {
            throw new CompilationException("call to " + method.symbolName() + " was not seen by reachability");
        }
        try {
            return tables.dispatch(method, resolved, isInterface);
        } catch (BuildException e) {
            throw new CompilationException(e.getMessage());
        }
    }

    @Override
    public boolean needsInitializationCheck(String type, String from) {
        if (type.startsWith("[")) {
            return false;
        }
        try {
            if (hubs.hub(type).initState == Hub.INITIALIZED) {
                return false;
            }
            for (String owner = from; owner != null; owner = universe.require(owner, "linking").superName) {
                if (owner.equals(type)) {
                    return false;
                }
            }
            return true;
        } catch (BuildException e) {
            throw new CompilationException(e.getMessage());
        }
    }
}
