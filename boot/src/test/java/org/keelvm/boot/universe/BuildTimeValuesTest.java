package org.keelvm.boot.universe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import org.keelvm.boot.BuildException;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/** The static values Keel writes for JDK classes that HotSpot fills in at start-up. */
class BuildTimeValuesTest {
    private static final String UNSAFE_CONSTANTS = "jdk/internal/misc/UnsafeConstants";

    @Test
    void everyStaticFieldOfUnsafeConstantsHasAValue() throws Exception {
        byte[] bytes = Files.readAllBytes(FileSystems.getFileSystem(URI.create("jrt:/"))
                .getPath("modules", "java.base", UNSAFE_CONSTANTS + ".class"));
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        int statics = 0;
        for (FieldNode field : node.fields) {
            if ((field.access & Opcodes.ACC_STATIC) != 0) {
                Object value = BuildTimeValues.value(UNSAFE_CONSTANTS, field.name);
                assertTrue(value instanceof Integer, field.name + " is stored as an int slot");
                statics++;
            }
        }
        assertEquals(5, statics);
    }

    @Test
    void unsafeConstantsDescribeLittleEndianX86WithFourKilobytePages() throws Exception {
        assertTrue(BuildTimeValues.initializes(UNSAFE_CONSTANTS));
        assertEquals(8, BuildTimeValues.value(UNSAFE_CONSTANTS, "ADDRESS_SIZE0"));
        assertEquals(4096, BuildTimeValues.value(UNSAFE_CONSTANTS, "PAGE_SIZE"));
        assertEquals(0, BuildTimeValues.value(UNSAFE_CONSTANTS, "BIG_ENDIAN"));
        assertEquals(1, BuildTimeValues.value(UNSAFE_CONSTANTS, "UNALIGNED_ACCESS"));
        assertEquals(0, BuildTimeValues.value(UNSAFE_CONSTANTS, "DATA_CACHE_LINE_FLUSH_SIZE"));
    }

    @Test
    void otherClassesRunTheirInitializerInTheGuest() {
        assertFalse(BuildTimeValues.initializes("jdk/internal/misc/Unsafe"));
        assertFalse(BuildTimeValues.initializes("java/lang/Integer"));
    }

    @Test
    void aFieldWithoutValueFailsTheBuild() {
        BuildException e = assertThrows(BuildException.class,
                () -> BuildTimeValues.value(UNSAFE_CONSTANTS, "CACHE_LINE"));
        assertTrue(e.getMessage().contains("jdk.internal.misc.UnsafeConstants.CACHE_LINE"), e.getMessage());
    }
}
