package org.keelvm.benchmarks.guest;

/**
 * The smallest program there is: its main returns at once. Booted as a Keel image it measures the boot alone (PVH
 * entry to main, and QEMU start to exit with nothing to compute), which is cheap enough to measure even under an
 * emulating KVM; run on HotSpot it measures the JVM's own start and exit.
 */
public final class EmptyMain {
    private EmptyMain() {
    }

    /**
     * Does nothing, so that the run is boot and shutdown only.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // Empty on purpose: anything here would be measured as boot time.
    }
}
