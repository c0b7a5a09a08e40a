package org.keelvm.boot.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.keelvm.vm.code.CodeInfo;

class CodeInfosTest {
    private static final long START = 0x40_0000;

    private static CodeInfo method(int[] pairs) {
        return new CodeInfo(START, START + 100_000, null, "m", 0, CodeInfos.encode(pairs),
                CodeInfos.encode(new int[] {0, 10, 3, 12, 3, 11, 9, 40}), new int[0], new org.keelvm.vm.object.Hub[0], CodeInfo.JAVA,
                null, null);
    }

    @Test
    void everyPcMapsToTheBytecodeWhoseCodeHoldsIt() {
        // Bytecode 1 has no code (it shares its pc with 2); pcs and indices need several LEB128 bytes.
        int[] pairs = {12, 0, 20, 1, 20, 2, 300, 5, 70_000, 400, 70_001, 3};
        CodeInfo code = method(pairs);
        assertEquals(0, code.bytecodeIndexAt(START), "the prologue counts as the first bytecode");
        assertEquals(0, code.bytecodeIndexAt(START + 19));
        assertEquals(2, code.bytecodeIndexAt(START + 20));
        assertEquals(2, code.bytecodeIndexAt(START + 299));
        assertEquals(5, code.bytecodeIndexAt(START + 300));
        assertEquals(400, code.bytecodeIndexAt(START + 70_000));
        assertEquals(3, code.bytecodeIndexAt(START + 99_999), "an index may go down");
    }

    @Test
    void linesAreFoundByTheLastEntryAtOrBeforeTheBytecode() {
        CodeInfo code = method(new int[0]);
        assertEquals(10, code.lineAt(0));
        assertEquals(10, code.lineAt(2));
        assertEquals(11, code.lineAt(3), "of two entries for one bytecode the later counts");
        assertEquals(40, code.lineAt(1000));
        assertEquals(-1, method(new int[0]).bytecodeIndexAt(START), "an empty table has no bytecode");
    }

    @Test
    void theTableTakesAFewBytesPerBytecode() {
        int[] pairs = new int[2000];
        for (int i = 0; i < 1000; i++) {
            pairs[2 * i] = 16 + 9 * i;
            pairs[2 * i + 1] = i;
        }
        byte[] encoded = CodeInfos.encode(pairs);
        assertTrue(encoded.length <= 2 * 1000 + 1, encoded.length + " bytes");
        assertEquals(999, method(pairs).bytecodeIndexAt(START + 16 + 9 * 999));
    }
}
