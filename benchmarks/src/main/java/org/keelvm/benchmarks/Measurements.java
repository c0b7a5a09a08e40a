package org.keelvm.benchmarks;

import java.util.List;

/**
 * Everything one benchmark run measured, before it is turned into a report. Times are in milliseconds, guest boot
 * times in TSC cycles.
 *
 * @param keelRunWall         the harness's clock around {@code ./keel run primes.img}
 * @param primesQemu          the launcher's "qemu ran for" figure for the example
 * @param primesCycles        the example image's PVH-entry-to-main cycles
 * @param hotspotPrimesWall   the harness's clock around the example on HotSpot
 * @param emptyQemu           the launcher's "qemu ran for" figure for the boot-only program, default accelerator
 * @param emptyCycles         the boot-only image's PVH-entry-to-main cycles, default accelerator
 * @param kvmQemu             as {@code emptyQemu} under {@code --kvm}; empty when KVM was not measured
 * @param kvmCycles           as {@code emptyCycles} under {@code --kvm}; empty when KVM was not measured
 * @param hotspotEmptyWall    the harness's clock around the boot-only program on HotSpot
 * @param defaultAccelerators the accelerator lists {@code keel run} chose, such as {@code tcg} or {@code kvm,tcg};
 *                            more than one if the choice changed during the benchmark
 * @param kvmSkipped          why {@code --kvm} was not measured, or {@code null} if it was
 * @param repeatedRuns        how many {@code keel run}s were repeated because the launcher rebuilt the tool
 * @param primesLayout        the example image's layout
 * @param emptyLayout         the boot-only image's layout
 */
record Measurements(Samples keelRunWall, Samples primesQemu, Samples primesCycles, Samples hotspotPrimesWall,
                    Samples emptyQemu, Samples emptyCycles, Samples kvmQemu, Samples kvmCycles,
                    Samples hotspotEmptyWall, List<String> defaultAccelerators, String kvmSkipped, int repeatedRuns,
                    ImageLayout primesLayout, ImageLayout emptyLayout) {
    /** The default accelerator choice as one string, for labels. */
    String defaultAccelerator() {
        return String.join(" / ", defaultAccelerators);
    }
}
