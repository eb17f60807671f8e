package cn.xuchang.hrss.subsidy.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Processor time spent so far by this JVM (the application or the bare engine, and the benchmark's clients) and by the
 * database server's process (MariaDB/MySQL on this machine, read from /proc; zero for H2, which runs in this JVM).
 * On a 2-core machine the rush is bound by processor time, so processor time per claim says where a claim's cost is.
 */
final class CpuTime {

    /** Linux's clock ticks per second for /proc/[pid]/stat ({@code getconf CLK_TCK}). */
    private static final long TICKS_PER_SECOND = 100;

    private CpuTime() {}

    static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The database server's user and system time, summed over its processes; 0 where there is none to read. */
    static long databaseNanos() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(CpuTime::isDatabaseServer)
                    .mapToLong(CpuTime::cpuNanos)
                    .sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean isDatabaseServer(Path process) {
        try {
            String name = Files.readString(process.resolve("comm")).trim();
            return name.equals("mariadbd") || name.equals("mysqld");
        } catch (IOException e) {
            return false;
        }
    }

    private static long cpuNanos(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            // fields after the command name in parentheses; utime and stime are the 14th and 15th fields
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1_000_000_000L / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
