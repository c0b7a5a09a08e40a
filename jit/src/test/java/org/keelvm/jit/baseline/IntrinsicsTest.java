package org.keelvm.jit.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.keelvm.jit.JdkIntrinsics;
import org.keelvm.jit.MemberRef;
import org.keelvm.jit.asm.Assembler;
import org.keelvm.jit.asm.Memory;
import org.keelvm.jit.asm.Register;
import org.keelvm.jit.asm.Xmm;

class IntrinsicsTest {
    @Test
    void everyJdkIntrinsicHasATemplate() {
        MemberRef[] all = JdkIntrinsics.all();
        assertEquals(9, all.length);
        for (MemberRef method : all) {
            assertTrue(JdkIntrinsics.contains(method), method.symbolName());
            Intrinsics.emit(new Assembler(), method, new TestLinker());
        }
    }

    @Test
    void canonicalizingBitConversionsAreOrdinaryMethods() {
        assertFalse(JdkIntrinsics.contains(new MemberRef("java/lang/Float", "floatToIntBits", "(F)I")));
        assertFalse(JdkIntrinsics.contains(new MemberRef("java/lang/Double", "doubleToLongBits", "(D)J")));
        assertFalse(JdkIntrinsics.contains(new MemberRef("java/lang/Math", "sqrt", "(F)F")));
    }

    @Test
    void rawBitConversionsEmitNothing() {
        Assembler asm = new Assembler();
        Intrinsics.emit(asm, new MemberRef("java/lang/Float", "floatToRawIntBits", "(F)I"), new TestLinker());
        Intrinsics.emit(asm, new MemberRef("java/lang/Double", "longBitsToDouble", "(J)D"), new TestLinker());
        assertEquals(0, asm.finish().length);
    }

    @Test
    void squareRootIsSqrtsd() {
        Assembler actual = new Assembler();
        Intrinsics.emit(actual, new MemberRef("java/lang/StrictMath", "sqrt", "(D)D"), new TestLinker());
        Assembler expected = new Assembler();
        expected.sqrtsd(Xmm.XMM0, Memory.at(Register.RSP));
        expected.movsd(Memory.at(Register.RSP), Xmm.XMM0);
        assertArrayEquals(expected.finish(), actual.finish());
    }
}
