package org.keelvm.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The repeated measurements of one figure, summarised by median, minimum and maximum.
 *
 * <p>The median is the headline because a shared machine adds occasional large delays (another build, a page-cache
 * miss) that would drag a mean upwards; the minimum shows what the machine can do undisturbed, and the maximum how
 * bad the disturbance got.
 */
final class Samples {
    private final List<Double> values = new ArrayList<>();

    /** Samples holding {@code values}. */
    static Samples of(double... values) {
        Samples samples = new Samples();
        for (double value : values) {
            samples.add(value);
        }
        return samples;
    }

    void add(double value) {
        values.add(value);
    }

    int count() {
        return values.size();
    }

    /** The middle value; with an even count, the mean of the two middle values. */
    double median() {
        List<Double> sorted = sorted();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return sorted().get(0);
    }

    double max() {
        List<Double> sorted = sorted();
        return sorted.get(sorted.size() - 1);
    }

    /** Every sample multiplied by {@code factor}, for a change of unit. */
    Samples scaled(double factor) {
        Samples scaled = new Samples();
        values.forEach(value -> scaled.add(value * factor));
        return scaled;
    }

    private List<Double> sorted() {
        if (values.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }
}
