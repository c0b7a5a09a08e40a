package org.keelvm.vm.code;

/**
 * Every compiled method's {@link CodeInfo}, sorted by address, so that a return address or a faulting instruction
 * leads to its method. The image builder fills {@link #methods}.
 */
public final class CodeTable {
    /** The compiled methods, ascending by {@link CodeInfo#start}, without overlaps. */
    static CodeInfo[] methods = new CodeInfo[0];

    private CodeTable() {
    }

    /** The method whose code holds address {@code pc}, or {@code null} if no compiled method does. */
    public static CodeInfo find(long pc) {
        CodeInfo[] all = methods;
        int low = 0;
        int high = all.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            CodeInfo candidate = all[middle];
            if (pc < candidate.start) {
                high = middle - 1;
            } else if (pc >= candidate.end) {
                low = middle + 1;
            } else {
                return candidate;
            }
        }
        return null;
    }
}
