package org.keelvm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SamplesTest {
    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        Samples samples = Samples.of(5, 1, 3);
        assertEquals(3, samples.median());
        assertEquals(1, samples.min());
        assertEquals(5, samples.max());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddlePair() {
        assertEquals(2.5, Samples.of(4, 1, 2, 3).median());
    }

    @Test
    void scalingChangesEveryValue() {
        Samples micros = Samples.of(2000, 4000).scaled(1 / 2000.0);
        assertEquals(1, micros.min());
        assertEquals(2, micros.max());
    }

    @Test
    void noSamplesHaveNoMedian() {
        assertThrows(IllegalStateException.class, () -> new Samples().median());
    }
}
