package org.keelvm.benchmarks;

/**
 * What the CPU benchmark found for one program: its wall times on each virtual machine, and what went wrong on
 * Keel if anything did. HotSpot's output is the reference; a program whose output differs on {@code -Xint} or on Keel
 * is a checksum mismatch, which the report shows loudly and which makes the benchmark fail.
 */
final class CpuResult {
    final String name;
    final Samples hotspot = new Samples();
    final Samples interpreter = new Samples();
    final Samples keel = new Samples();
    /** HotSpot's standard output, which every other run must reproduce. */
    String checksum;
    /** Why Keel has no time for this program (a failed build or run), or {@code null}. */
    String keelFailure;
    /** What differed from HotSpot's output, or {@code null} when every run printed the same. */
    String mismatch;

    CpuResult(String name) {
        this.name = name;
    }

    /** Whether the program is still run on Keel: it built, ran and printed what HotSpot printed. */
    boolean keelRuns() {
        return keelFailure == null && mismatch == null;
    }
}
