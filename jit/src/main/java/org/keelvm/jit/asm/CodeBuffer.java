package org.keelvm.jit.asm;

/**
 * The storage behind an {@link Assembler}: fixed instruction bytes, the relaxable items
 * between them, the label fixups, and the final layout pass.
 *
 * <p>Instruction bytes whose length never changes go into one growable array. Label branches
 * and alignment padding, whose lengths depend on the final layout, are kept out of it as
 * <em>items</em> recorded at the buffer offset where they belong; a bound label remembers its
 * buffer offset and how many items precede it. {@link #finish()} then chooses every branch
 * size with the same relaxation procedure as GNU as and writes the code with every item and
 * fixup in place.
 */
final class CodeBuffer {

    /** Item kind: {@code jmp rel8/rel32} to a label. */
    private static final int JMP = 0;
    /** Item kind: {@code jcc rel8/rel32} to a label. */
    private static final int JCC = 1;
    /** Item kind: padding to an alignment boundary. */
    private static final int ALIGN = 2;

    /** Fixup kind: 32-bit displacement from the end of the instruction to a label. */
    static final int REL32 = 0;
    /** Fixup kind: 64-bit absolute address, base plus a label's final offset. */
    static final int ABS64 = 1;
    /** Fixup kind: 32-bit difference between two labels. */
    static final int DIFF32 = 2;

    /** The largest NOP GNU as emits for code alignment; longer padding repeats it. */
    private static final int MAX_NOP = 11;

    /** NOP of each length 1..11, indexed by length; these are the forms GNU as chooses. */
    private static final byte[][] NOPS = {
        {},
        {(byte) 0x90},
        {0x66, (byte) 0x90},
        {0x0F, 0x1F, 0x00},
        {0x0F, 0x1F, 0x40, 0x00},
        {0x0F, 0x1F, 0x44, 0x00, 0x00},
        {0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
        {0x0F, 0x1F, (byte) 0x80, 0x00, 0x00, 0x00, 0x00},
        {0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x66, 0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x66, 0x2E, 0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x66, 0x66, 0x2E, 0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    };

    private byte[] bytes = new byte[256];
    private int size;

    private int itemCount;
    private int[] itemOffset = new int[16];
    private int[] itemKind = new int[16];
    private int[] itemArg = new int[16];
    private Label[] itemTarget = new Label[16];
    /** Sum of the largest size of every item so far, so position() is an upper bound. */
    private int reserved;

    private int fixupCount;
    private int[] fixupOffset = new int[16];
    private int[] fixupItem = new int[16];
    private int[] fixupKind = new int[16];
    private long[] fixupAddend = new long[16];
    private Label[] fixupTarget = new Label[16];
    private Label[] fixupRelative = new Label[16];

    private int labelCount;
    private Label[] labels = new Label[16];

    private boolean finished;

    /**
     * Returns the offset the next byte would have if every branch emitted so far were long
     * and every alignment needed its largest padding; never less than the final offset.
     */
    int position() {
        return size + reserved;
    }

    /** Binds {@code label} to the current position. */
    void bind(Label label) {
        checkOpen();
        if (label.owner != null) {
            throw new IllegalStateException("label is already bound");
        }
        label.owner = this;
        label.bufferOffset = size;
        label.itemIndex = itemCount;
        if (labelCount == labels.length) {
            labels = grow(labels);
        }
        labels[labelCount++] = label;
    }

    /** Appends one byte (the low 8 bits of {@code value}). */
    void emitByte(int value) {
        checkOpen();
        if (size == bytes.length) {
            byte[] larger = new byte[bytes.length * 2];
            System.arraycopy(bytes, 0, larger, 0, size);
            bytes = larger;
        }
        bytes[size++] = (byte) value;
    }

    /** Appends {@code count} bytes of {@code value}, least significant first. */
    void emitLittleEndian(long value, int count) {
        for (int i = 0; i < count; i++) {
            emitByte((int) (value >>> (8 * i)));
        }
    }

    /** Records a label branch; {@code condition} is -1 for an unconditional jump. */
    void branch(int condition, Label target) {
        if (target == null) {
            throw new NullPointerException("target");
        }
        if (condition < 0) {
            addItem(JMP, 0, target);
            reserved += 5;
        } else {
            addItem(JCC, condition, target);
            reserved += 6;
        }
    }

    /** Records padding up to the next multiple of {@code alignment} (a power of two). */
    void align(int alignment) {
        if (alignment <= 0 || (alignment & (alignment - 1)) != 0) {
            throw new IllegalArgumentException("alignment must be a power of two: " + alignment);
        }
        if (alignment > 1) {
            addItem(ALIGN, alignment, null);
            reserved += alignment - 1;
        }
    }

    /**
     * Emits a placeholder of the fixup's width and records the fixup. For {@link #REL32} the
     * value written is {@code target + addend - (final offset of the field)}; for
     * {@link #ABS64} it is {@code addend + target}; for {@link #DIFF32} it is
     * {@code target - relative}.
     */
    void fixup(int kind, Label target, Label relative, long addend) {
        if (target == null || (kind == DIFF32 && relative == null)) {
            throw new NullPointerException("label");
        }
        checkOpen();
        if (fixupCount == fixupOffset.length) {
            int n = fixupCount * 2;
            fixupOffset = grow(fixupOffset, n);
            fixupItem = grow(fixupItem, n);
            fixupKind = grow(fixupKind, n);
            long[] addends = new long[n];
            System.arraycopy(fixupAddend, 0, addends, 0, fixupCount);
            fixupAddend = addends;
            fixupTarget = grow(fixupTarget);
            fixupRelative = grow(fixupRelative);
        }
        fixupOffset[fixupCount] = size;
        fixupItem[fixupCount] = itemCount;
        fixupKind[fixupCount] = kind;
        fixupAddend[fixupCount] = addend;
        fixupTarget[fixupCount] = target;
        fixupRelative[fixupCount] = relative;
        fixupCount++;
        emitLittleEndian(0, kind == ABS64 ? 8 : 4);
    }

    /** Lays the code out, resolves every label reference and returns the bytes. */
    byte[] finish() {
        checkOpen();
        checkTargets();
        finished = true;
        int[] sizes = relax();
        int[] before = new int[itemCount + 1];
        layout(sizes, before);
        for (int i = 0; i < labelCount; i++) {
            labels[i].finalPosition = finalOffset(labels[i], before);
        }
        byte[] code = new byte[size + before[itemCount]];
        int from = 0;
        for (int i = 0; i < itemCount; i++) {
            int to = itemOffset[i];
            int at = to + before[i];
            System.arraycopy(bytes, from, code, from + before[i], to - from);
            writeItem(code, i, at, sizes[i]);
            from = to;
        }
        System.arraycopy(bytes, from, code, from + before[itemCount], size - from);
        for (int i = 0; i < fixupCount; i++) {
            writeFixup(code, i, fixupOffset[i] + before[fixupItem[i]]);
        }
        return code;
    }

    /**
     * Chooses the size of every item the way GNU as relaxes a section, so that the output is
     * byte-identical to it even where several layouts would be valid.
     *
     * <p>The code is cut into <em>fragments</em>: fragment {@code k} holds the fixed bytes
     * before item {@code k} and then the item; the last fragment holds the trailing bytes. A
     * label lives in fragment {@link Label#itemIndex}. Every alignment starts a new
     * <em>region</em>. All branches start short; then sweeps run front to back until one
     * changes nothing. A sweep moves each fragment by the growth seen so far in the sweep
     * ("stretch") and re-pads alignments at their new address. A short branch is tested
     * against the current address of its target; a target not yet reached in this sweep has
     * its address from the previous sweep, so it is assumed to move by the stretch too, unless
     * an alignment lies in between and the stretch is positive (the padding may absorb it), in
     * which case a target that would appear behind the branch is left for the next sweep.
     * Branches only ever grow, so the sweeps terminate.
     */
    private int[] relax() {
        int n = itemCount;
        int[] sizes = new int[n];
        int[] address = new int[n + 1];
        int[] region = new int[n + 1];
        int at = 0;
        int regions = 0;
        for (int k = 0; k <= n; k++) {
            address[k] = at;
            region[k] = regions;
            at += fixedLength(k);
            if (k < n) {
                if (itemKind[k] == ALIGN) {
                    sizes[k] = padding(at, itemArg[k]);
                    regions++;
                } else {
                    sizes[k] = 2;
                }
                at += sizes[k];
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            int stretch = 0;
            for (int k = 0; k < n; k++) {
                int previous = address[k];
                address[k] += stretch;
                int growth = 0;
                if (itemKind[k] == ALIGN) {
                    int padding = padding(address[k] + fixedLength(k), itemArg[k]);
                    growth = padding - padding(previous + fixedLength(k), itemArg[k]);
                    sizes[k] = padding;
                } else if (sizes[k] == 2 && !reaches(k, stretch, address, region)) {
                    growth = itemKind[k] == JMP ? 3 : 4;
                    sizes[k] += growth;
                }
                if (growth != 0) {
                    stretch += growth;
                    changed = true;
                }
            }
            address[n] += stretch;
        }
        return sizes;
    }

    /** Tells whether short branch {@code k} reaches its target in the current sweep. */
    private boolean reaches(int k, int stretch, int[] address, int[] region) {
        Label label = itemTarget[k];
        int fragment = label.itemIndex;
        int target = address[fragment] + label.bufferOffset - fragmentStart(fragment);
        // Measured, like GNU as, from the byte after the opcode: rel8 reaches -127..+128 from there.
        int from = address[k] + fixedLength(k) + 1;
        if (stretch != 0 && fragment > k) {
            if (stretch < 0 || region[fragment] == region[k]) {
                target += stretch;
            } else if (target < from) {
                return true;
            }
        }
        int aim = target - from;
        return aim < 0 ? aim >= -127 : aim <= 128;
    }

    /** Buffer offset where fragment {@code k}'s fixed bytes start. */
    private int fragmentStart(int k) {
        return k == 0 ? 0 : itemOffset[k - 1];
    }

    /** Number of fixed bytes in fragment {@code k}, before its item. */
    private int fixedLength(int k) {
        return (k == itemCount ? size : itemOffset[k]) - fragmentStart(k);
    }

    private static int padding(int at, int alignment) {
        return (alignment - (at & (alignment - 1))) & (alignment - 1);
    }

    /**
     * Fills {@code before[i]} with the bytes all items before item {@code i} add. The sizes
     * come from the last relaxation sweep, which changed nothing, so its alignment padding
     * already matches these final positions.
     */
    private void layout(int[] sizes, int[] before) {
        int added = 0;
        for (int i = 0; i < itemCount; i++) {
            before[i] = added;
            added += sizes[i];
        }
        before[itemCount] = added;
    }

    private void writeItem(byte[] code, int item, int at, int length) {
        if (itemKind[item] == ALIGN) {
            writeNops(code, at, length);
            return;
        }
        int next = at + length;
        int distance = itemTarget[item].finalPosition - next;
        if (length == 2) {
            code[at] = (byte) (itemKind[item] == JMP ? 0xEB : 0x70 | itemArg[item]);
            code[at + 1] = (byte) distance;
        } else if (itemKind[item] == JMP) {
            code[at] = (byte) 0xE9;
            putInt(code, at + 1, distance);
        } else {
            code[at] = 0x0F;
            code[at + 1] = (byte) (0x80 | itemArg[item]);
            putInt(code, at + 2, distance);
        }
    }

    private void writeFixup(byte[] code, int fixup, int at) {
        long target = fixupTarget[fixup].finalPosition;
        switch (fixupKind[fixup]) {
            case REL32:
                putInt(code, at, (int) (target + fixupAddend[fixup] - at));
                break;
            case ABS64:
                long value = fixupAddend[fixup] + target;
                putInt(code, at, (int) value);
                putInt(code, at + 4, (int) (value >>> 32));
                break;
            default:
                putInt(code, at, (int) (target - fixupRelative[fixup].finalPosition));
                break;
        }
    }

    /**
     * Fills {@code length} bytes with the multi-byte NOPs GNU as uses for code alignment:
     * as many 11-byte NOPs as fit, then one NOP for the remainder.
     */
    private static void writeNops(byte[] code, int at, int length) {
        while (length > 0) {
            int n = Math.min(length, MAX_NOP);
            byte[] nop = NOPS[n];
            System.arraycopy(nop, 0, code, at, n);
            at += n;
            length -= n;
        }
    }

    private static int finalOffset(Label label, int[] before) {
        return label.bufferOffset + before[label.itemIndex];
    }

    private void checkTargets() {
        for (int i = 0; i < itemCount; i++) {
            if (itemTarget[i] != null) {
                checkBoundHere(itemTarget[i], "a branch");
            }
        }
        for (int i = 0; i < fixupCount; i++) {
            checkBoundHere(fixupTarget[i], "a label reference");
            if (fixupRelative[i] != null) {
                checkBoundHere(fixupRelative[i], "a label difference");
            }
        }
    }

    private void checkBoundHere(Label label, String user) {
        if (label.owner == null) {
            throw new IllegalStateException(user + " refers to a label that was never bound");
        }
        if (label.owner != this) {
            throw new IllegalStateException(user + " refers to a label bound in another assembler");
        }
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the assembler has already finished");
        }
    }

    private void addItem(int kind, int arg, Label target) {
        checkOpen();
        if (itemCount == itemOffset.length) {
            int n = itemCount * 2;
            itemOffset = grow(itemOffset, n);
            itemKind = grow(itemKind, n);
            itemArg = grow(itemArg, n);
            itemTarget = grow(itemTarget);
        }
        itemOffset[itemCount] = size;
        itemKind[itemCount] = kind;
        itemArg[itemCount] = arg;
        itemTarget[itemCount] = target;
        itemCount++;
    }

    private static void putInt(byte[] code, int at, int value) {
        code[at] = (byte) value;
        code[at + 1] = (byte) (value >>> 8);
        code[at + 2] = (byte) (value >>> 16);
        code[at + 3] = (byte) (value >>> 24);
    }

    private static int[] grow(int[] array, int length) {
        int[] larger = new int[length];
        System.arraycopy(array, 0, larger, 0, array.length);
        return larger;
    }

    private static Label[] grow(Label[] array) {
        Label[] larger = new Label[array.length * 2];
        System.arraycopy(array, 0, larger, 0, array.length);
        return larger;
    }
}
