package io.weir.platform.benchmarks;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the named benchmarks (all without names) and prints their results as JSON lines on stdout. Everything else
 * the platform writes goes to the log file or stderr, so stdout stays machine-readable.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) {
        PrintStream results = System.out;
        System.setOut(System.err);
        Map<String, Runnable> known = new LinkedHashMap<>();
        JsonLines out = new JsonLines(results);
        known.put(IntakeBenchmark.NAME, () -> new IntakeBenchmark().run(out));
        known.put(SlaLatenessBenchmark.NAME, () -> new SlaLatenessBenchmark().run(out));
        known.put(AlertBenchmark.NAME, () -> new AlertBenchmark().run(out));
        List<String> names = args.length == 0 ? List.copyOf(known.keySet()) : List.of(args);
        for (String name : names) {
            if (!known.containsKey(name)) {
                System.err.println("unknown benchmark '" + name + "'; known: " + String.join(", ", known.keySet()));
                System.exit(2);
            }
        }
        for (String name : names) {
            System.err.println("== benchmark " + name);
            known.get(name).run();
        }
        System.exit(0);
    }
}
