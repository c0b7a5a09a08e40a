package org.keelvm.boot.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that objdump finds the code through the section headers and labels it with the function symbols. */
class ObjdumpTest {
    private static final String FUNCTION = "org.keelvm.examples.Hello.main([Ljava/lang/String;)V";

    @TempDir
    Path directory;

    @Test
    void disassemblesCodeUnderItsFunctionSymbol() throws Exception {
        ElfWriter writer = new ElfWriter();
        writer.addSegment(".text", 0x100000, new byte[] {(byte) 0x90, (byte) 0xc3}, 2, ElfWriter.EXECUTE);
        writer.setPvhEntry(0x100000);
        writer.addFunction(FUNCTION, 0x100000, 2);
        Path file = Files.write(directory.resolve("tiny.elf"), writer.toByteArray());

        ExternalTool.Result result = ExternalTool.require("objdump").run("-d", file.toString());

        assertEquals("", result.stderr(), "objdump warnings");
        assertEquals(0, result.exitCode());
        String out = result.stdout();
        assertTrue(out.contains("file format elf64-x86-64"), out);
        assertTrue(out.contains("Disassembly of section .text:"), out);
        assertTrue(out.contains("0000000000100000 <" + FUNCTION + ">:"), out);
        assertMatches("\\n\\s*100000:\\s+90\\s+nop\\s*\\n", out);
        assertMatches("\\n\\s*100001:\\s+c3\\s+ret", out);
    }

    private static void assertMatches(String regex, String text) {
        assertTrue(Pattern.compile(regex).matcher(text).find(), () -> "no match for /" + regex + "/ in\n" + text);
    }
}
