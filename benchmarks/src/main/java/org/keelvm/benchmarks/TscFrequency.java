package org.keelvm.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host's TSC frequency, which turns the guest's {@code entry-to-main} cycle count into time, and where it came
 * from.
 *
 * <p>Under TCG the guest's RDTSC reads QEMU's tick counter, which counts in units of the host's cycle counter
 * ({@code cpu_get_ticks()} in QEMU's {@code include/sysemu/cpu-timers.h}: "uses units of the host CPU cycle
 * counter"); under KVM the guest's TSC runs at the host's rate unless QEMU is given a {@code tsc-frequency}, which
 * Keel does not. Either way the host's TSC frequency is the right divisor.
 *
 * <p>Sources, best first:
 * <ol>
 *   <li>the kernel log, which states the frequency Linux uses for its TSC clocksource: {@code tsc: Refined TSC
 *       clocksource calibration: X MHz} when Linux measured it against another clock, otherwise {@code tsc:
 *       Detected X MHz TSC} (printed when the TSC and CPU frequencies differ) or {@code tsc: Detected X MHz
 *       processor} (the CPU frequency, which Linux then uses as the TSC's too);</li>
 *   <li>{@code cpu MHz} in {@code /proc/cpuinfo}, only when the CPU has {@code constant_tsc}: it is the current
 *       core clock, which equals the TSC rate on a host without frequency scaling (a virtual machine, usually) but
 *       is only an approximation otherwise.</li>
 * </ol>
 *
 * @param megahertz the frequency in MHz
 * @param source    where it was read, for the report
 */
record TscFrequency(double megahertz, String source) {
    private static final Pattern REFINED = Pattern.compile("tsc: Refined TSC clocksource calibration: ([0-9.]+) MHz");
    private static final Pattern DETECTED_TSC = Pattern.compile("tsc: Detected ([0-9.]+) MHz TSC");
    private static final Pattern DETECTED_CPU = Pattern.compile("tsc: Detected ([0-9.]+) MHz processor");
    private static final Pattern CPU_MHZ = Pattern.compile("(?m)^cpu MHz\\s*:\\s*([0-9.]+)");
    private static final Pattern CONSTANT_TSC = Pattern.compile("(?m)^flags\\s*:.*\\bconstant_tsc\\b");

    /**
     * Finds the host's TSC frequency.
     *
     * @param processes how to run {@code dmesg}
     * @return the frequency, or {@code null} if no source gives one (the report then shows cycles only)
     */
    static TscFrequency detect(TimedProcess processes) {
        TscFrequency fromLog = fromKernelLog(kernelLog(processes));
        return fromLog != null ? fromLog : fromCpuInfo(cpuInfo());
    }

    /** The frequency stated in a kernel log, or {@code null}. */
    static TscFrequency fromKernelLog(String log) {
        for (Pattern pattern : List.of(REFINED, DETECTED_TSC, DETECTED_CPU)) {
            Matcher matcher = pattern.matcher(log);
            String last = null;
            // The last statement wins: a refined calibration can be logged again after a resume.
            while (matcher.find()) {
                last = matcher.group(1);
            }
            if (last != null) {
                return new TscFrequency(Double.parseDouble(last),
                        "kernel log: \"" + pattern.pattern().replace("([0-9.]+)", last) + "\"");
            }
        }
        return null;
    }

    /** The frequency from {@code /proc/cpuinfo} text, or {@code null} if it has none or the TSC is not constant. */
    static TscFrequency fromCpuInfo(String cpuInfo) {
        Matcher mhz = CPU_MHZ.matcher(cpuInfo);
        if (!mhz.find() || !CONSTANT_TSC.matcher(cpuInfo).find()) {
            return null;
        }
        return new TscFrequency(Double.parseDouble(mhz.group(1)), String.format(Locale.ROOT,
                "/proc/cpuinfo \"cpu MHz: %s\" with constant_tsc (current core clock; the TSC rate only without"
                        + " frequency scaling)", mhz.group(1)));
    }

    /** The kernel log, or nothing if {@code dmesg} is missing or not allowed to read it. */
    private static String kernelLog(TimedProcess processes) {
        try {
            ProcessResult dmesg = processes.run(List.of("dmesg"));
            return dmesg.exitCode() == 0 ? dmesg.stdout() : "";
        } catch (BenchmarkException e) {
            return "";
        }
    }

    private static String cpuInfo() {
        try {
            return Files.readString(Path.of("/proc/cpuinfo"));
        } catch (IOException e) {
            return "";
        }
    }
}
