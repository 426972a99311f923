package io.weir.platform.benchmarks;

import io.weir.platform.identity.internal.Directory;
import io.weir.platform.leads.LeadManagement;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntConsumer;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code intake}: leads per second accepted durably (classified, assigned, clock started: deadline stored and process
 * started) through the real intake, against raw Operaton process starts of the same model with the same callers on
 * the same engine and database. The baseline runs first, so Weir's run faces the larger database.
 */
final class IntakeBenchmark {

    static final String NAME = "intake";
    private static final String PROCESS = "lead-response-sla";
    private static final double TARGET_PER_SECOND = 500;
    private static final double TARGET_RATIO = 0.5;

    private final int leads = Integer.getInteger("weir.benchmark.intake.leads", 20_000);
    private final int warmup = Integer.getInteger("weir.benchmark.intake.warmup", 2_000);
    private final int producers = Integer.getInteger("weir.benchmark.producers", 4);
    private final int repsPerTeam = Integer.getInteger("weir.benchmark.reps-per-team", 50);

    record Run(int count, double seconds, int failures, long clocks, long processes) {

        double perSecond() {
            return count / seconds;
        }
    }

    void run(JsonLines out) {
        try (BenchmarkContext bench = BenchmarkContext.start(NAME, Map.of())) {
            BenchSales.hireReps(bench.bean(Directory.class), bench.bean(PasswordEncoder.class), repsPerTeam,
                    10 * (leads + warmup));
            weir(bench, warmup);
            raw(bench, warmup);
            Run raw = raw(bench, leads);
            Run weir = weir(bench, leads);
            out.print(line("weir", weir).with("clocksStarted", weir.clocks()).with("processesStarted", weir.processes()));
            out.print(line("operaton-raw", raw).with("processesStarted", raw.processes()));
            double ratio = weir.perSecond() / raw.perSecond();
            boolean complete = weir.failures() == 0 && weir.clocks() == leads && weir.processes() == leads;
            out.print(JsonLines.line(NAME, "summary")
                    .with("weirPerSecond", round(weir.perSecond())).with("rawPerSecond", round(raw.perSecond()))
                    .with("ratio", round(ratio))
                    .with("targetPerSecond", TARGET_PER_SECOND).with("targetRatio", TARGET_RATIO)
                    .with("allClocksStarted", complete)
                    .with("targetMet", complete && weir.perSecond() >= TARGET_PER_SECOND && ratio >= TARGET_RATIO));
        }
    }

    private JsonLines.Line line(String subject, Run run) {
        return JsonLines.line(NAME, subject).with("leads", run.count()).with("producers", producers)
                .with("seconds", round(run.seconds())).with("perSecond", round(run.perSecond()))
                .with("failures", run.failures());
    }

    /** Submits through the intake; the time runs until the last lead's clock has started. */
    private Run weir(BenchmarkContext bench, int count) {
        LeadManagement intake = bench.bean(LeadManagement.class);
        Publications publications = new Publications(bench.bean(JdbcClient.class));
        long clocksBefore = responseClocks(bench);
        long processesBefore = processes(bench);
        String batch = Long.toString(System.nanoTime(), 36);
        long start = System.nanoTime();
        Producers.Outcome outcome = Producers.run(producers, count, i -> intake.receive(
                BenchSales.lead(i, BenchSales.FAST_SOURCE, null), "bench-" + batch + "-" + i, "benchmark"));
        if (!publications.awaitAllCompleted(Duration.ofMinutes(10))) {
            throw new IllegalStateException("clocks still not started after 10 minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report(outcome);
        return new Run(count, seconds, outcome.failures(), responseClocks(bench) - clocksBefore,
                processes(bench) - processesBefore);
    }

    /** Starts the same process directly on the engine with the variables Weir gives it. */
    private Run raw(BenchmarkContext bench, int count) {
        RuntimeService runtime = bench.bean(RuntimeService.class);
        long processesBefore = processes(bench);
        IntConsumer start = i -> runtime.startProcessInstanceByKey(PROCESS, "raw-" + System.nanoTime() + "-" + i,
                Map.of("assignee", BenchSales.rep(i, repsPerTeam), "teamId", BenchSales.team(i), "tier", "A",
                        "policyVersion", 1));
        long begin = System.nanoTime();
        Producers.Outcome outcome = Producers.run(producers, count, start);
        double seconds = (System.nanoTime() - begin) / 1e9;
        report(outcome);
        return new Run(count, seconds, outcome.failures(), 0, processes(bench) - processesBefore);
    }

    private static long responseClocks(BenchmarkContext bench) {
        return bench.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM sla_clock WHERE kind = 'RESPONSE'")
                .query(Long.class).single();
    }

    private static long processes(BenchmarkContext bench) {
        return bench.bean(RuntimeService.class).createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    }

    private static void report(Producers.Outcome outcome) {
        if (outcome.firstFailure() != null) {
            System.err.println(outcome.failures() + " requests failed, the first with:");
            outcome.firstFailure().printStackTrace();
        }
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
