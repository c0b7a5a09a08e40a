package org.keelvm.jit.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Behaviour of the assembler that the GNU as oracle cannot observe directly. */
class AssemblerTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void labelPositionsAreFinalOffsetsAfterRelaxation() {
        Assembler a = new Assembler();
        Label far = new Label();
        Label near = new Label();
        Label end = new Label();
        a.jmp(far);
        a.jcc(Condition.E, near);
        a.bind(near);
        a.emitBytes(new byte[200]);
        a.bind(far);
        a.ret();
        a.bind(end);
        byte[] code = a.finish();
        // jmp far needs rel32 (5 bytes); je near is short (2 bytes).
        assertEquals(7, near.position());
        assertEquals(207, far.position());
        assertEquals(208, end.position());
        assertEquals(208, code.length);
        assertArrayEquals(bytes(0xE9, 202, 0, 0, 0, 0x74, 0x00), Arrays.copyOf(code, 7));
    }

    @Test
    void positionIsAnUpperBoundUntilFinish() {
        Assembler a = new Assembler();
        Label l = new Label();
        a.bind(l);
        a.jmp(l);
        assertEquals(5, a.position(), "a label branch counts at its rel32 size");
        a.align(16);
        assertEquals(20, a.position(), "an alignment counts at its largest padding");
        a.nop();
        assertEquals(21, a.position());
        byte[] code = a.finish();
        assertEquals(17, code.length);
        assertArrayEquals(bytes(0xEB, 0xFE), Arrays.copyOf(code, 2));
        assertEquals((byte) 0x90, code[16]);
    }

    @Test
    void labelPositionNeedsBindingAndFinish() {
        Label unbound = new Label();
        assertFalse(unbound.isBound());
        assertThrows(IllegalStateException.class, unbound::position);
        Assembler a = new Assembler();
        Label bound = new Label();
        a.nop();
        a.bind(bound);
        assertTrue(bound.isBound());
        assertThrows(IllegalStateException.class, bound::position);
        a.finish();
        assertEquals(1, bound.position());
    }

    @Test
    void labelAddressesAndOffsetsAreResolvedAtFinish() {
        Assembler a = new Assembler();
        Label table = new Label();
        Label target = new Label();
        Label skip = new Label();
        a.jmp(skip);
        a.bind(table);
        a.emitLabelAddress(target, 0xFFFF_8000_0010_0000L);
        a.emitLabelOffset32(target, table);
        a.emitLabelOffset32(table, target);
        a.bind(skip);
        a.emitBytes(new byte[130]);
        a.bind(target);
        a.ret();
        byte[] code = a.finish();
        // The jump is short: it only skips the 16 bytes of table.
        assertEquals(2, table.position());
        assertEquals(18 + 130, target.position());
        long address = 0;
        for (int i = 7; i >= 0; i--) {
            address = address << 8 | (code[2 + i] & 0xFF);
        }
        assertEquals(0xFFFF_8000_0010_0000L + 148, address);
        assertEquals(146, readInt(code, 10));
        assertEquals(-146, readInt(code, 14));
    }

    @Test
    void callAndRipRelativeLabelsCountFromTheInstructionEnd() {
        Assembler a = new Assembler();
        Label data = new Label();
        a.call(data);                                        // e8 rel32
        a.mov(OperandSize.DWORD, Memory.rip(data), 7);       // c7 05 disp32 imm32
        a.bind(data);
        byte[] code = a.finish();
        assertEquals(15, data.position());
        assertEquals(10, readInt(code, 1));
        assertEquals(0, readInt(code, 7));
        assertEquals(7, readInt(code, 11));
    }

    @Test
    void alignmentPaddingFollowsRelaxation() {
        Assembler a = new Assembler();
        Label l = new Label();
        a.jmp(l);
        a.align(8);
        a.emitByte(0xCC);
        a.bind(l);
        byte[] code = a.finish();
        // Short jump (2 bytes), 6 bytes of padding, then the int3.
        assertEquals(9, code.length);
        assertEquals(9, l.position());
        assertArrayEquals(bytes(0xEB, 0x07, 0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00, 0xCC), code);
    }

    @Test
    void finishRejectsUnboundAndForeignLabelsAndSecondCalls() {
        Assembler a = new Assembler();
        a.jmp(new Label());
        assertThrows(IllegalStateException.class, a::finish);

        Assembler other = new Assembler();
        Label foreign = new Label();
        other.bind(foreign);
        Assembler b = new Assembler();
        b.call(foreign);
        assertThrows(IllegalStateException.class, b::finish);

        Assembler c = new Assembler();
        c.ret();
        c.finish();
        assertThrows(IllegalStateException.class, c::finish);
        assertThrows(IllegalStateException.class, c::ret);
    }

    @Test
    void labelsBindOnlyOnce() {
        Assembler a = new Assembler();
        Label l = new Label();
        a.bind(l);
        assertThrows(IllegalStateException.class, () -> a.bind(l));
    }

    @Test
    void lockPrefixPrecedesTheNextInstruction() {
        Assembler a = new Assembler();
        a.lock();
        a.cmpxchg(OperandSize.WORD, Memory.at(Register.RAX), Register.RBX);
        a.lock();
        a.emitByte(0x90);
        assertThrows(IllegalStateException.class, () -> {
            a.lock();
            a.lock();
        });
        assertArrayEquals(bytes(0x66, 0xF0, 0x0F, 0xB1, 0x18, 0xF0, 0x90, 0xF0), a.finish());
    }

    @Test
    void invalidOperandsAreRejected() {
        Assembler a = new Assembler();
        assertThrows(IllegalArgumentException.class, () -> Memory.at(Register.RAX, Register.RSP, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Memory.indexed(Register.RAX, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> a.add(OperandSize.BYTE, Register.RAX, 256));
        assertThrows(IllegalArgumentException.class, () -> a.mov(OperandSize.WORD, Register.RAX, 65536L));
        assertThrows(IllegalArgumentException.class, () -> a.mov(OperandSize.DWORD, Register.RAX, 1L << 32));
        assertThrows(IllegalArgumentException.class, () -> a.lea(OperandSize.BYTE, Register.RAX, Memory.at(Register.RAX)));
        assertThrows(IllegalArgumentException.class,
            () -> a.movzx(OperandSize.QWORD, Register.RAX, OperandSize.DWORD, Register.RBX));
        assertThrows(IllegalArgumentException.class,
            () -> a.movsx(OperandSize.BYTE, Register.RAX, OperandSize.BYTE, Register.RBX));
        assertThrows(IllegalArgumentException.class, () -> a.shl(OperandSize.DWORD, Register.RAX, 256));
        assertThrows(IllegalArgumentException.class, () -> a.movToCr(1, Register.RAX));
        assertThrows(IllegalArgumentException.class, () -> a.movToSegment(1, Register.RAX));
        assertThrows(IllegalArgumentException.class, () -> a.in(OperandSize.QWORD, 0x60));
        assertThrows(IllegalArgumentException.class, () -> a.out(OperandSize.BYTE, 256));
        assertThrows(IllegalArgumentException.class, () -> a.cvtsi2sd(OperandSize.WORD, Xmm.XMM0, Register.RAX));
        assertThrows(IllegalArgumentException.class, () -> a.bswap(OperandSize.WORD, Register.RAX));
        assertThrows(IllegalArgumentException.class, () -> a.align(12));
        assertThrows(IllegalArgumentException.class, () -> a.ret(0x10000));
        assertThrows(IllegalArgumentException.class, () -> a.fld(OperandSize.WORD, Memory.at(Register.RAX)));
        assertThrows(IllegalArgumentException.class, () -> a.fstp(OperandSize.BYTE, Memory.at(Register.RAX)));
        assertThrows(IllegalArgumentException.class, () -> a.fstp(8));
        assertThrows(IllegalArgumentException.class, () -> a.fxch(-1));
        assertEquals(0, a.finish().length, "rejected instructions emit nothing");
    }

    @Test
    void absoluteAddressingAvoidsRipRelativeForm() {
        Assembler a = new Assembler();
        a.lgdt(Memory.absolute(0x7000));
        // ModRM mod=00 rm=100, SIB base=101 index=100: disp32 alone, also valid in 32-bit code.
        assertArrayEquals(bytes(0x0F, 0x01, 0x14, 0x25, 0x00, 0x70, 0x00, 0x00), a.finish());
    }

    @Test
    void enumsExposeTheirEncodings() {
        assertEquals(13, Register.R13.encoding());
        assertEquals(15, Xmm.XMM15.encoding());
        assertEquals(32, OperandSize.DWORD.bits());
        assertEquals(8, OperandSize.QWORD.bytes());
        assertEquals(0xF, Condition.G.encoding());
        for (Condition c : Condition.values()) {
            assertEquals(c, c.negate().negate());
            assertEquals(c.encoding() ^ 1, c.negate().encoding());
        }
        assertEquals(Condition.NE, Condition.E.negate());
        assertEquals(Condition.GE, Condition.L.negate());
        assertEquals(Condition.NP, Condition.P.negate());
    }

    private static int readInt(byte[] code, int at) {
        return (code[at] & 0xFF) | (code[at + 1] & 0xFF) << 8 | (code[at + 2] & 0xFF) << 16 | code[at + 3] << 24;
    }
}
