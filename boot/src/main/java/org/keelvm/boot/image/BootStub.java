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

import org.keelvm.boot.BuildException;
import org.keelvm.jit.CallingConvention;
import org.keelvm.jit.asm.Assembler;
import org.keelvm.jit.asm.Label;
import org.keelvm.jit.asm.Memory;
import org.keelvm.jit.asm.Register;

/**
 * The boot stub: the machine code between the hypervisor's PVH entry and the first Java method, and between a CPU
 * exception and {@code Trap.fatal}, emitted with Keel's own assembler. See {@link ImageLayout} for the memory it
 * works with.
 *
 * <p>The stub starts with its long-mode half so that the far-return target is the text base, an address known
 * before assembly. The 32-bit half that follows uses only instructions whose encoding is the same in 32-bit and
 * 64-bit mode (no REX prefix, absolute operands through a SIB byte rather than RIP-relative ones), which is why
 * Keel's 64-bit assembler can emit it. The trap entries come last, 64-bit code again.
 *
 * <p>Each of the 32 exception vectors has a trap entry, which its IDT gate ({@link InterruptTable}) names. The
 * processor enters it on the fault stack (IST1) with an exception frame; the entry pushes a zero error code where
 * the processor pushes none, so that all frames look alike, then the vector, and jumps to the common trap path:
 *
 * <pre>
 *  the fault stack as the common trap path finds it
 *
 *  fault stack top (IST1)
 *  | SS          | [rsp + 48]
 *  | RSP         | [rsp + 40]   the stack pointer when the exception happened
 *  | RFLAGS      | [rsp + 32]
 *  | CS          | [rsp + 24]
 *  | RIP         | [rsp + 16]   the faulting instruction (for a trap such as #BP or #OF: the one after it)
 *  | error code  | [rsp + 8]    from the processor for vectors 8, 10..14, 17, 21, 29, 30; 0 from the entry otherwise
 *  | vector      | [rsp]        from the entry
 * </pre>
 *
 * The common path reads CR2 and calls {@code Trap.handle(vector, errorCode, rip, cr2, rsp)} through its
 * statics-table entry, following the {@link CallingConvention}. A fatal exception never comes back. Otherwise
 * {@code handle} returns the address of the Java method that throws the matching exception; the stub pushes
 * {@code rip + 1} on the interrupted stack as a return address, points the frame's RIP at that method and returns
 * with {@code iretq}, so the method runs as if the faulting instruction had called it.
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
    private static final int FAR_RETURN = 0xCB;
    private static final int SREG_ES = 0;
    private static final int SREG_SS = 2;
    private static final int SREG_DS = 3;
    /** Exceptions for which the processor pushes an error code (Intel SDM vol. 3 table 6-1; AMD APM vol. 2 8.2). */
    private static final int VECTORS_WITH_ERROR_CODE = 1 << 8 | 1 << 10 | 1 << 11 | 1 << 12 | 1 << 13 | 1 << 14
            | 1 << 17 | 1 << 21 | 1 << 29 | 1 << 30;
    private static final int FRAME_VECTOR = 0;
    private static final int FRAME_ERROR_CODE = 8;
    private static final int FRAME_RIP = 16;
    private static final int FRAME_RSP = 40;
    /** {@code Trap.handle} takes vector, error code, RIP, CR2 and RSP. */
    private static final int FATAL_ARGUMENTS = 5;

    private final byte[] code;
    private final int pvhEntryOffset;
    private final int trapEntriesOffset;
    private final int[] trapEntryOffsets;

    private BootStub(byte[] code, int pvhEntryOffset, int trapEntriesOffset, int[] trapEntryOffsets) {
        this.code = code;
        this.pvhEntryOffset = pvhEntryOffset;
        this.trapEntriesOffset = trapEntriesOffset;
        this.trapEntryOffsets = trapEntryOffsets;
    }

    /**
     * Assembles the stub for an image laid out as {@code layout}.
     *
     * @param textBase       where the stub is placed: the start of the text segment
     * @param bootEntry      address of the statics-table entry of {@code VM.boot(Address)}
     * @param fatalEntry     address of the statics-table entry of {@code Trap.handle(int, long, long, long, long)}
     * @param entryTimestamp address of the static slot that receives the TSC read at the PVH entry
     */
    public static BootStub assemble(ImageLayout layout, long textBase, long bootEntry, long fatalEntry,
                                    long entryTimestamp) {
        Assembler asm = new Assembler();
        Label pvhEntry = new Label();

        // Long mode, entered by the far return below at text base + 0.
        asm.mov(DWORD, RAX, DescriptorTables.DATA_SELECTOR);
        asm.movToSegment(SREG_DS, RAX);
        asm.movToSegment(SREG_ES, RAX);
        asm.movToSegment(SREG_SS, RAX);
        // A 64-bit IDT can only be loaded now: from here on an exception is reported, not a triple fault.
        asm.lidt(absolute(layout.interruptTable() + InterruptTable.IDTR_OFFSET));
        asm.mov(DWORD, RAX, DescriptorTables.TSS_SELECTOR);
        asm.ltr(RAX);
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
        asm.mov(DWORD, RCX, MSR_EFER);
        asm.rdmsr();
        asm.or(DWORD, RAX, EFER_LME);
        asm.wrmsr();
        // CR0 is written whole, not modified: a loader may hand over CD and NW set (their reset values), which would
        // leave the caches disabled. EM clear and MP set enable SSE.
        asm.mov(DWORD, RAX, CR0_PE | CR0_MP | CR0_ET | CR0_NE | CR0_WP | CR0_PG);
        asm.movToCr(0, RAX);
        asm.lgdt(absolute(layout.descriptorTables() + DescriptorTables.GDTR_OFFSET));
        asm.push(DescriptorTables.CODE_SELECTOR);
        asm.push((int) textBase);
        // retf with 32-bit operands: pops eip then cs, loading the 64-bit code segment (not in the assembler's
        // 64-bit instruction set because it is only ever needed here).
        asm.emitByte(FAR_RETURN);

        // Trap entries, one per vector, then the common trap path (see the picture in the class comment).
        asm.align(16);
        Label trapEntries = new Label();
        asm.bind(trapEntries);
        Label commonTrap = new Label();
        Label[] entries = new Label[InterruptTable.VECTORS];
        for (int vector = 0; vector < entries.length; vector++) {
            entries[vector] = new Label();
            asm.bind(entries[vector]);
            if (!hasErrorCode(vector)) {
                asm.push(0);
            }
            asm.push(vector);
            asm.jmp(commonTrap);
        }
        asm.bind(commonTrap);
        Register[] arguments = CallingConvention.INTEGER_ARGUMENTS;
        asm.mov(QWORD, arguments[0], Memory.at(RSP, FRAME_VECTOR));
        asm.mov(QWORD, arguments[1], Memory.at(RSP, FRAME_ERROR_CODE));
        asm.mov(QWORD, arguments[2], Memory.at(RSP, FRAME_RIP));
        asm.movFromCr(arguments[3], 2);
        asm.mov(QWORD, arguments[4], Memory.at(RSP, FRAME_RSP));
        // Every argument has a stack slot too, the first deepest; pushing the registers in order fills them.
        for (int i = 0; i < FATAL_ARGUMENTS; i++) {
            asm.push(arguments[i]);
        }
        asm.call(absolute(fatalEntry));
        asm.add(QWORD, RSP, 8 * FATAL_ARGUMENTS);
        // Trap.handle returned where the faulting code continues: make the interrupted stack look as if the faulting
        // instruction had called it (return address = rip + 1, so that it maps back to the faulting bytecode).
        asm.mov(QWORD, RCX, Memory.at(RSP, FRAME_RSP));
        asm.sub(QWORD, RCX, 8);
        asm.mov(QWORD, RDX, Memory.at(RSP, FRAME_RIP));
        asm.add(QWORD, RDX, 1);
        asm.mov(QWORD, Memory.at(RCX), RDX);
        asm.mov(QWORD, Memory.at(RSP, FRAME_RSP), RCX);
        asm.mov(QWORD, Memory.at(RSP, FRAME_RIP), RAX);
        asm.add(QWORD, RSP, 16);
        asm.iretq();

        byte[] code = asm.finish();
        int[] entryOffsets = new int[entries.length];
        for (int vector = 0; vector < entries.length; vector++) {
            entryOffsets[vector] = entries[vector].position();
        }
        return new BootStub(code, pvhEntry.position(), trapEntries.position(), entryOffsets);
    }

    /** Whether the processor pushes an error code when it raises the exception {@code vector}. */
    static boolean hasErrorCode(int vector) {
        return (VECTORS_WITH_ERROR_CODE >>> vector & 1) != 0;
    }

    /**
     * Writes the data the stub needs at run time into the data segment at their layout places: page tables (with
     * the guard pages unmapped), GDT and TSS, and the IDT whose gates lead to this stub's trap entries, for the stub
     * placed at the text base.
     *
     * @throws BuildException if the layout put a guard page where the page tables cannot leave it unmapped
     */
    public void writeTables(ImageLayout layout, long textBase, byte[] dataSegment) throws BuildException {
        place(dataSegment, layout.pageTables(), PageTables.build(layout.pageTables(), layout.guardPages()));
        place(dataSegment, layout.descriptorTables(),
                DescriptorTables.build(layout.descriptorTables(), layout.faultStackTop()));
        long[] entries = new long[trapEntryOffsets.length];
        for (int vector = 0; vector < entries.length; vector++) {
            entries[vector] = textBase + trapEntryOffsets[vector];
        }
        place(dataSegment, layout.interruptTable(), InterruptTable.build(layout.interruptTable(), entries));
    }

    private static void place(byte[] dataSegment, long address, byte[] table) {
        System.arraycopy(table, 0, dataSegment, (int) (address - ImageLayout.DATA_BASE), table.length);
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

    /** Offset of the trap entries (vector 0's first) from the start of the stub; the common trap path ends the stub. */
    public int trapEntriesOffset() {
        return trapEntriesOffset;
    }

    /** Offset of the trap entry of exception {@code vector} from the start of the stub. */
    int trapEntryOffset(int vector) {
        return trapEntryOffsets[vector];
    }
}
