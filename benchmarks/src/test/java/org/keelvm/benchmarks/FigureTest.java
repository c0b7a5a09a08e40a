package org.keelvm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FigureTest {
    @Test
    void aMeasuredFigureReportsItsMedianAndSpread() {
        Figure figure = Figure.measured("primes.qemu.wall", "QEMU", "ms", 1, Samples.of(101, 99, 130));
        assertEquals("RESULT primes.qemu.wall=101.0 unit=ms min=99.0 max=130.0 runs=3", figure.resultLine());
    }

    @Test
    void aMeasuredFigureKeepsItsFormEvenForOneRun() {
        Figure figure = Figure.measured("a", "A", "ms", 0, Samples.of(7));
        assertEquals("RESULT a=7 unit=ms min=7 max=7 runs=1", figure.resultLine());
    }

    @Test
    void aSingleFigureIsOneValue() {
        assertEquals("RESULT image.primes.file=44424 unit=bytes",
                Figure.single("image.primes.file", "file", "bytes", 0, 44424).resultLine());
    }
}
