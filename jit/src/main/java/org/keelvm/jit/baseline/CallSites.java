package org.keelvm.jit.baseline;

import java.util.ArrayList;
import java.util.List;
import org.keelvm.jit.ReferenceMaps;
import org.keelvm.jit.asm.Label;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Collects the call sites of one method and the frame state at each, and turns them into {@link ReferenceMaps}
 * once the code's positions are final. A slot holds a reference when the bytecode analysis types it as one;
 * arguments of the call itself belong to the callee and are left out.
 */
final class CallSites {
    private final int maxLocals;
    private final int slots;
    private final List<Label> returnAddresses = new ArrayList<>();
    private final List<boolean[]> maps = new ArrayList<>();

    CallSites(int maxLocals, int maxStack) {
        this.maxLocals = maxLocals;
        this.slots = maxLocals + maxStack;
    }

    /** A call whose return address is {@code after}, made in {@code frame} with {@code arguments} stack entries. */
    void add(Label after, Frame<BasicValue> frame, int arguments) {
        boolean[] map = new boolean[slots];
        for (int i = 0; i < frame.getLocals() && i < maxLocals; i++) {
            map[i] = frame.getLocal(i) == BasicValue.REFERENCE_VALUE;
        }
        int live = frame.getStackSize() - arguments;
        for (int i = 0; i < live; i++) {
            map[maxLocals + i] = frame.getStack(i) == BasicValue.REFERENCE_VALUE;
        }
        returnAddresses.add(after);
        maps.add(map);
    }

    /** The maps, with the return addresses' final positions. */
    ReferenceMaps finish() {
        int[] pcs = new int[returnAddresses.size()];
        long[] bits = new long[(pcs.length * slots + 63) / 64];
        for (int site = 0; site < pcs.length; site++) {
            pcs[site] = returnAddresses.get(site).position();
            boolean[] map = maps.get(site);
            for (int slot = 0; slot < slots; slot++) {
                if (map[slot]) {
                    int bit = site * slots + slot;
                    bits[bit >>> 6] |= 1L << (bit & 63);
                }
            }
        }
        return new ReferenceMaps(slots, pcs, bits);
    }
}
