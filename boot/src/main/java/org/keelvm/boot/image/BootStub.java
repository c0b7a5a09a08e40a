package org.keelvm.boot.image;

import static org.keelvm.jit.asm.OperandSize.DWORD;
import static org.keelvm.jit.asm.OperandSize.QWORD;
import static org.keelvm.jit.asm.Register.RAX;
import static org.keelvm.jit.asm.Register.RBP;
import static org.keelvm.jit.asm.Register.RBX;
import static org.keelvm.jit.asm.Register.RCX;
import static org.keelvm.jit.asm.Register.RDI;
import static org.keelvm.jit.asm.Register.RDX;
import static org.keelvm.jit.asm.Register.RSP;

import org.keelvm.jit.asm.Assembler;
import org.keelvm.jit.asm.Label;
import org.keelvm.jit.asm.Memory;

/**
 * The boot stub: the machine code between the hypervisor's PVH entry and the first Java method, emitted with Keel's
 * own assembler. See {@link ImageLayout} for the memory it works with.
 *
 * <p>The stub starts with its long-mode half so that the far-return target is the text base, an address known
 * before assembly. The 32-bit half that follows uses only instructions whose encoding is the same in 32-bit and
 * 64-bit mode (no REX prefix, absolute operands through a SIB byte rather than RIP-relative ones), which is why
 * Keel's 64-bit assembler can emit it.
 */
public final class BootStub {
    private static final int CR0_PE = 1;
    private static final int CR0_MP = 1 << 1;
    private static final int CR0_ET = 1 << 4;
    private static final int CR0_NE = 1 << 5;
    private static final int CR0_WP = 1 << 16;
    private static final int CR0_PG = 1 << 31;
    private static final int CR4_PAE = 1 << 5;
    private static final int CR4_OSFXSR = 1 << 9;
    private static final int CR4_OSXMMEXCPT = 1 << 10;
    private static final int MSR_EFER = 0xC000_0080;
    private static final int EFER_LME = 1 << 8;
    private static final int MSR_MTRR_DEF_TYPE = 0x2FF;
    private static final int MTRR_ENABLED_WRITE_BACK = 0x806;
    private static final int FAR_RETURN = 0xCB;
    private static final int SREG_ES = 0;
    private static final int SREG_SS = 2;
    private static final int SREG_DS = 3;

    private final byte[] code;
    private final int pvhEntryOffset;

    private BootStub(byte[] code, int pvhEntryOffset) {
        this.code = code;
        this.pvhEntryOffset = pvhEntryOffset;
    }

    /**
     * Assembles the stub for an image laid out as {@code layout}.
     *
     * @param bootEntry      address of the statics-table entry of {@code VM.boot(Address)}
     * @param entryTimestamp address of the static slot that receives the TSC read at the PVH entry
     */
    public static BootStub assemble(ImageLayout layout, long bootEntry, long entryTimestamp) {
        Assembler asm = new Assembler();
        Label pvhEntry = new Label();

        // Long mode, entered by the far return below at text base + 0.
        asm.mov(DWORD, RAX, DescriptorTables.DATA_SELECTOR);
        asm.movToSegment(SREG_DS, RAX);
        asm.movToSegment(SREG_ES, RAX);
        asm.movToSegment(SREG_SS, RAX);
        asm.mov(QWORD, RSP, layout.stackTop());
        asm.xor(DWORD, RBP, RBP);
        asm.mov(DWORD, RDI, RBX);
        asm.call(absolute(bootEntry));
        Label halt = new Label();
        asm.bind(halt);
        asm.cli();
        asm.hlt();
        asm.jmp(halt);

        // PVH entry: 32-bit protected mode, paging off, ebx = start info. ebx is kept for VM.boot.
        asm.align(16);
        asm.bind(pvhEntry);
        asm.cli();
        asm.rdtsc();
        asm.mov(DWORD, absolute(entryTimestamp), RAX);
        asm.mov(DWORD, absolute(entryTimestamp + 4), RDX);
        asm.movFromCr(RAX, 4);
        asm.or(DWORD, RAX, CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT);
        asm.movToCr(4, RAX);
        asm.mov(DWORD, RAX, layout.pageTables());
        asm.movToCr(3, RAX);
        asm.mov(DWORD, RCX, MSR_MTRR_DEF_TYPE);
        asm.mov(DWORD, RAX, MTRR_ENABLED_WRITE_BACK);
        asm.xor(DWORD, RDX, RDX);
        asm.wrmsr();
        asm.mov(DWORD, RCX, MSR_EFER);
        asm.rdmsr();
        asm.or(DWORD, RAX, EFER_LME);
        asm.wrmsr();
        // CR0 is written whole, not modified: the loader may hand over CD and NW set (their reset values), and a
        // guest with caches disabled runs orders of magnitude slower under KVM. EM clear and MP set enable SSE.
        asm.mov(DWORD, RAX, CR0_PE | CR0_MP | CR0_ET | CR0_NE | CR0_WP | CR0_PG);
        asm.movToCr(0, RAX);
        asm.lgdt(absolute(layout.descriptorTables() + DescriptorTables.GDTR_OFFSET));
        asm.push(DescriptorTables.CODE_SELECTOR);
        asm.push((int) layout.textBase());
        // retf with 32-bit operands: pops eip then cs, loading the 64-bit code segment (not in the assembler's
        // 64-bit instruction set because it is only ever needed here).
        asm.emitByte(FAR_RETURN);

        byte[] code = asm.finish();
        return new BootStub(code, pvhEntry.position());
    }

    /** The data the stub needs at run time, for the data segment: page tables and GDT at their layout places. */
    public static void writeTables(ImageLayout layout, byte[] dataSegment) {
        byte[] tables = PageTables.build(layout.pageTables());
        System.arraycopy(tables, 0, dataSegment, (int) (layout.pageTables() - ImageLayout.DATA_BASE), tables.length);
        byte[] gdt = DescriptorTables.build(layout.descriptorTables());
        System.arraycopy(gdt, 0, dataSegment, (int) (layout.descriptorTables() - ImageLayout.DATA_BASE), gdt.length);
    }

    private static Memory absolute(long address) {
        return Memory.absolute((int) address);
    }

    /** The stub's machine code, to be placed at the text base. */
    public byte[] code() {
        return code.clone();
    }

    /** Offset of the 32-bit PVH entry from the start of the stub. */
    public int pvhEntryOffset() {
        return pvhEntryOffset;
    }
}
