package com.disputedesk.bench;

import com.disputedesk.support.AppNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the machine's CPU went between two samples (Linux /proc): the app nodes, the benchmark's own JVM, PostgreSQL's
 * connection backends, and the rest (PostgreSQL's autovacuum, WAL writer and checkpointer, and anything else running).
 * Says whether a benchmark waits on the database or on the engine, and what one unit of work costs the machine.
 */
record CpuSplit(long machine, long nodes, long benchmark, long connections) {
  private static final double TICK = 100; // USER_HZ: clock ticks per second in /proc

  static CpuSplit sample(AppNode... appNodes) {
    long nodes = 0;
    for (AppNode node : appNodes) {
      nodes += ticks(node.pid());
    }
    long connections = 0;
    for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
      String title = title(process.pid());
      if (title.startsWith("postgres: ") && title.contains("(")) { // "postgres: user db 127.0.0.1(port) idle"
        connections += ticks(process.pid());
      }
    }
    return new CpuSplit(machineTicks(), nodes, ticks(ProcessHandle.current().pid()), connections);
  }

  /** "machine 40.1 s: app nodes 20.1 s, PostgreSQL connections 15.0 s, … — 4.0 ms of CPU per unit" since {@code before}. */
  String since(CpuSplit before, int units) {
    double all = (machine - before.machine) / TICK;
    double node = (nodes - before.nodes) / TICK;
    double own = (benchmark - before.benchmark) / TICK;
    double pg = (connections - before.connections) / TICK;
    return String.format("CPU of the machine %.1f s: app nodes %.1f s, PostgreSQL connections %.1f s, benchmark JVM"
        + " %.1f s, the rest (autovacuum, WAL, checkpoints, other processes) %.1f s; %.2f ms of CPU per unit", all, node,
        pg, own, all - node - pg - own, all * 1000 / units);
  }

  /** user + nice + system + irq + softirq + steal of all CPUs, from the first line of /proc/stat. */
  private static long machineTicks() {
    String[] f = read(Path.of("/proc/stat")).lines().findFirst().orElse("cpu").trim().split("\\s+");
    long sum = 0;
    for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
      sum += i < f.length ? Long.parseLong(f[i]) : 0;
    }
    return sum;
  }

  /** utime + stime of a live process (fields 14 and 15 of /proc/pid/stat, after the parenthesised name). */
  private static long ticks(long pid) {
    String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
    int close = stat.lastIndexOf(')');
    if (close < 0) {
      return 0;
    }
    String[] f = stat.substring(close + 2).split(" ");
    return f.length > 12 ? Long.parseLong(f[11]) + Long.parseLong(f[12]) : 0;
  }

  private static String title(long pid) {
    return read(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException | RuntimeException e) {
      return ""; // the process ended between listing and reading
    }
  }
}
