package org.keelvm.hal;

/**
 * The PVH start info ({@code hvm_start_info}) that the hypervisor leaves in memory and passes in {@code ebx} at the
 * 32-bit entry. Read in place through an {@link Address}; nothing is copied.
 *
 * <pre>
 *  hvm_start_info                          memory map entry (24 bytes)
 *  +0   u32 magic = 0x336ec578             +0   u64 address
 *  +4   u32 version                        +8   u64 size
 *  +8   u32 flags                          +16  u32 type (1 = RAM, 2 = reserved, 3 = ACPI, ...)
 *  +12  u32 nr_modules                     +20  u32 reserved
 *  +16  u64 modlist_paddr
 *  +24  u64 cmdline_paddr (NUL-terminated; 0 = none)
 *  +32  u64 rsdp_paddr
 *  +40  u64 memmap_paddr     (version >= 1)
 *  +48  u32 memmap_entries   (version >= 1)
 *  +52  u32 reserved
 * </pre>
 */
public final class StartInfo {
    /** The value of the {@code magic} field. */
    public static final int MAGIC = 0x336ec578;
    /** Memory-map entry type of usable RAM. */
    public static final int MEMORY_RAM = 1;

    private static final int MAGIC_OFFSET = 0;
    private static final int VERSION_OFFSET = 4;
    private static final int CMDLINE_OFFSET = 24;
    private static final int MEMMAP_OFFSET = 40;
    private static final int MEMMAP_ENTRIES_OFFSET = 48;
    private static final int ENTRY_SIZE = 24;
    private static final int ENTRY_ADDRESS = 0;
    private static final int ENTRY_SIZE_FIELD = 8;
    private static final int ENTRY_TYPE = 16;

    private StartInfo() {
    }

    /** Whether {@code info} points at a start info (non-zero, right magic). */
    public static boolean isValid(Address info) {
        return !info.isZero() && info.loadInt(MAGIC_OFFSET) == MAGIC;
    }

    /** The structure's version. */
    public static int version(Address info) {
        return info.loadInt(VERSION_OFFSET);
    }

    /** The NUL-terminated command line, or address zero if there is none. */
    public static Address commandLine(Address info) {
        return Address.fromLong(info.loadLong(CMDLINE_OFFSET));
    }

    /** Entries in the memory map; 0 before version 1 of the structure. */
    public static int memoryMapEntries(Address info) {
        return version(info) >= 1 ? info.loadInt(MEMMAP_ENTRIES_OFFSET) : 0;
    }

    /** Start of memory-map entry {@code index}. */
    public static long memoryMapAddress(Address info, int index) {
        return entry(info, index).loadLong(ENTRY_ADDRESS);
    }

    /** Length in bytes of memory-map entry {@code index}. */
    public static long memoryMapSize(Address info, int index) {
        return entry(info, index).loadLong(ENTRY_SIZE_FIELD);
    }

    /** Type of memory-map entry {@code index} ({@link #MEMORY_RAM} for usable RAM). */
    public static int memoryMapType(Address info, int index) {
        return entry(info, index).loadInt(ENTRY_TYPE);
    }

    /** Bytes of usable RAM the memory map describes. */
    public static long ramBytes(Address info) {
        long total = 0;
        int entries = memoryMapEntries(info);
        for (int i = 0; i < entries; i++) {
            if (memoryMapType(info, i) == MEMORY_RAM) {
                total += memoryMapSize(info, i);
            }
        }
        return total;
    }

    /** The end of the RAM region of the memory map that holds {@code address}, or {@code address} if none does. */
    public static long ramRegionEnd(Address info, long address) {
        int entries = memoryMapEntries(info);
        for (int i = 0; i < entries; i++) {
            long start = memoryMapAddress(info, i);
            long end = start + memoryMapSize(info, i);
            if (memoryMapType(info, i) == MEMORY_RAM && address >= start && address < end) {
                return end;
            }
        }
        return address;
    }

    private static Address entry(Address info, int index) {
        return Address.fromLong(info.loadLong(MEMMAP_OFFSET)).plus((long) index * ENTRY_SIZE);
    }
}
