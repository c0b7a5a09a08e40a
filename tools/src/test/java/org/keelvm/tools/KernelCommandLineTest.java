package org.keelvm.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class KernelCommandLineTest {
    @Test
    void withoutArgumentsItIsJustTheSeparator() {
        assertEquals("--", KernelCommandLine.build(false, List.of()));
        assertEquals("verbose --", KernelCommandLine.build(true, List.of()));
    }

    @Test
    void argumentsFollowTheSeparator() {
        assertEquals("verbose -- a b-c", KernelCommandLine.build(true, List.of("a", "b-c")));
    }

    @Test
    void spacesPercentsAndQuotesAreEncoded() {
        assertEquals("-- a%20b 100%25 %22q%22 x=y,z", KernelCommandLine.build(false,
                List.of("a b", "100%", "\"q\"", "x=y,z")));
    }

    @Test
    void controlAndNonAsciiBytesAreEncodedAsUtf8() {
        assertEquals("tab%09nl%0A", KernelCommandLine.encode("tab\tnl\n"));
        assertEquals("caf%C3%A9", KernelCommandLine.encode("café"));
        assertEquals("%7F", KernelCommandLine.encode("\u007f"));
    }

    @Test
    void printableAsciiIsKept() {
        assertEquals("!#$&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~",
                KernelCommandLine.encode("!#$&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~"));
    }

    @Test
    void anEmptyArgumentIsTwoQuotes() {
        assertEquals("-- \"\" x", KernelCommandLine.build(false, List.of("", "x")));
    }
}
