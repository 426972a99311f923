package io.weir.platform.benchmarks;

import static org.awaitility.Awaitility.await;

import io.weir.platform.identity.internal.Directory;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.LeadStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.core.ConditionTimeoutException;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code sla-lateness}: with {@code openClocks} open clocks, {@code dueClocks} of them falling due evenly within the
 * window and the rest hours away, how late each escalation reaches the notification port after its deadline. Weir's
 * clocks are set up and fired the way the product does it: leads through the intake, deadlines fired by the sweeper
 * into the process, escalated by the external-task worker, handed to the notification channels. The baseline then puts
 * the same counts and due times on raw Operaton boundary timers under the tuned job executor.
 */
final class SlaLatenessBenchmark {

    static final String NAME = "sla-lateness";
    private static final String RAW_PROCESS = "raw-timer-escalation";
    private static final long TARGET_P99_MILLIS = 1_000;
    private static final Duration MARGIN = Duration.ofSeconds(5);
    /**
     * Deadlines fired just before the measured window, so that it measures a warmed-up server (compiled code, filled
     * caches) as in production, not the first seconds after a start. Both subjects get the same warm-up. Its window
     * and settling time also absorb a setup that runs longer than estimated.
     */
    private static final Duration WARMUP_WINDOW = Duration.ofSeconds(10);
    private static final Duration WARMUP_SETTLE = Duration.ofSeconds(20);
    private static final Duration FAR_AWAY = Duration.ofHours(4);
    /** The first-response goal of the fast source in the shipped rule pack. */
    private static final Duration FAST_GOAL = Duration.ofMinutes(30);
    private static final String TUNING = "wait 200 ms, max wait 1 s, 100 jobs per acquisition, 4 threads, acquire by due date";

    /** The tuned job executor, for the raw-timer baseline; Weir's own model holds no timers. */
    private static final Map<String, String> TUNED_JOB_EXECUTOR = Map.of(
            "operaton.bpm.job-execution.wait-time-in-millis", "200",
            "operaton.bpm.job-execution.max-wait", "1000",
            "operaton.bpm.job-execution.max-jobs-per-acquisition", "100",
            "operaton.bpm.job-execution.core-pool-size", "4",
            "operaton.bpm.job-execution.max-pool-size", "4",
            "operaton.bpm.generic-properties.properties.jobExecutorAcquireByDueDate", "true");

    private final int openClocks = Integer.getInteger("weir.benchmark.sla.open-clocks", 100_000);
    private final int dueClocks = Integer.getInteger("weir.benchmark.sla.due-clocks", 30_000);
    private final Duration window = Duration.ofSeconds(Integer.getInteger("weir.benchmark.sla.window-seconds", 100));
    private final Duration drain = Duration.ofSeconds(Integer.getInteger("weir.benchmark.sla.drain-seconds", 120));
    private final int warmups = Integer.getInteger("weir.benchmark.sla.warmup-clocks", 600);
    private final int producers = Integer.getInteger("weir.benchmark.producers", 4);
    private final int repsPerTeam = Integer.getInteger("weir.benchmark.reps-per-team", 50);

    /** One subject's run: the lateness, and how the setup went before the first deadline. */
    record Phase(Lateness lateness, long openAtWindowStart, DueSchedule schedule, int warmups, double setupSeconds,
                 double setupDoneSecondsBeforeWindow, int setupFailures) {

        boolean setupInTime() {
            return setupDoneSecondsBeforeWindow >= 0 && setupFailures == 0;
        }
    }

    /** The warm-up deadlines, then the measured ones once the warm-up has been handled. */
    record Plan(DueSchedule warmup, DueSchedule measured) {
    }

    private Plan plan(double setupPerSecond) {
        DueSchedule warmup = DueSchedule.after(warmups + dueClocks, setupPerSecond, MARGIN, WARMUP_WINDOW, warmups);
        return new Plan(warmup, new DueSchedule(warmup.end().plus(WARMUP_SETTLE), window, dueClocks));
    }

    void run(JsonLines out) {
        try (BenchmarkContext bench = BenchmarkContext.start(NAME, TUNED_JOB_EXECUTOR)) {
            BenchSales.hireReps(bench.bean(Directory.class), bench.bean(PasswordEncoder.class), repsPerTeam, openClocks);
            Phase weir = weir(bench);
            out.print(line("weir", weir));
            if (!Boolean.parseBoolean(System.getProperty("weir.benchmark.sla.baseline", "true"))) {
                return;
            }
            Phase raw = raw(bench);
            out.print(line("operaton-raw", raw).with("jobExecutor", TUNING)
                    .with("waitCappedAtSecondsAfterWindow", drain.toSeconds()));
            Lateness w = weir.lateness();
            Lateness r = raw.lateness();
            boolean loadAsAsked = weir.openAtWindowStart() >= openClocks && weir.setupInTime();
            out.print(JsonLines.line(NAME, "summary")
                    .with("weirP99Ms", w.p99Millis()).with("rawP99Ms", r.p99Millis())
                    .with("rawP99OverWeirP99", IntakeBenchmark.round((double) r.p99Millis() / Math.max(1, w.p99Millis())))
                    .with("weirHandedPerSecond", w.handedPerSecond()).with("rawHandedPerSecond", r.handedPerSecond())
                    .with("handedRatio", IntakeBenchmark.round(w.handedPerSecond() / Math.max(0.1, r.handedPerSecond())))
                    .with("weirMissed", w.missed()).with("rawMissed", r.missed())
                    .with("targetP99Ms", TARGET_P99_MILLIS).with("loadAsAsked", loadAsAsked)
                    .with("targetMet", loadAsAsked && w.p99Millis() <= TARGET_P99_MILLIS && w.firedTwice() == 0
                            && w.missed() == 0 && w.firedEarly() == 0));
        }
    }

    private JsonLines.Line line(String subject, Phase phase) {
        JsonLines.Line line = JsonLines.line(NAME, subject).with("openClocks", phase.openAtWindowStart())
                .with("dueInWindow", phase.schedule().count()).with("windowSeconds", phase.schedule().window().toSeconds())
                .with("duePerSecond", phase.schedule().perSecond()).with("warmupDeadlines", phase.warmups());
        return phase.lateness().addTo(line).with("setupSeconds", IntakeBenchmark.round(phase.setupSeconds()))
                .with("setupDoneSecondsBeforeWindow", IntakeBenchmark.round(phase.setupDoneSecondsBeforeWindow()))
                .with("setupFailures", phase.setupFailures());
    }

    /** Leads through the intake: the far ones first, then the due ones, timed so that all are in before the window. */
    private Phase weir(BenchmarkContext bench) {
        LeadManagement intake = bench.bean(LeadManagement.class);
        JdbcClient jdbc = bench.bean(JdbcClient.class);
        Publications publications = new Publications(jdbc);
        int far = openClocks - dueClocks;
        long start = System.nanoTime();
        Producers.Outcome farOutcome = Producers.run(producers, far, i -> intake.receive(
                BenchSales.lead(i, BenchSales.SLOW_SOURCE, null), "sla-far-" + i, "benchmark"));
        awaitClocks(publications);
        Plan plan = plan(far / secondsSince(start));
        Set<String> warmupLeads = ConcurrentHashMap.newKeySet();
        Producers.Outcome warmupOutcome = Producers.run(producers, warmups,
                i -> warmupLeads.add(receiveDue(intake, i, plan.warmup().dueAt(i), "sla-warmup-").id()));
        Map<String, Long> dueByLead = new ConcurrentHashMap<>();
        Producers.Outcome dueOutcome = Producers.run(producers, dueClocks, i -> {
            Lead lead = receiveDue(intake, i, plan.measured().dueAt(i), "sla-due-");
            dueByLead.put(lead.id(), lead.responseDueAt().toEpochMilli());
        });
        awaitClocks(publications);
        double setupSeconds = secondsSince(start);
        long open = jdbc.sql("SELECT COUNT(*) FROM sla_clock WHERE state = 'PENDING'").query(Long.class).single();
        return settle(bench.escalations, dueByLead, warmupLeads, plan.measured(), setupSeconds, open,
                report(farOutcome) + report(warmupOutcome) + report(dueOutcome));
    }

    /** A lead whose first-response deadline is {@code dueAt}: received one goal earlier. */
    private static Lead receiveDue(LeadManagement intake, int index, Instant dueAt, String keyPrefix) {
        Lead lead = intake.receive(BenchSales.lead(index, BenchSales.FAST_SOURCE, dueAt.minus(FAST_GOAL)),
                keyPrefix + index, "benchmark").lead();
        if (lead.status() != LeadStatus.OPEN) {
            throw new IllegalStateException("lead " + lead.id() + " was not assigned, so it has no clock");
        }
        return lead;
    }

    /** The same counts and due times as boundary timers on the raw engine. */
    private Phase raw(BenchmarkContext bench) {
        bench.bean(RepositoryService.class).createDeployment().name("benchmark")
                .addClasspathResource("benchmarks/" + RAW_PROCESS + ".bpmn").deploy();
        RuntimeService runtime = bench.bean(RuntimeService.class);
        int far = openClocks - dueClocks;
        Date farDue = Date.from(Instant.now().plus(FAR_AWAY));
        long start = System.nanoTime();
        Producers.Outcome farOutcome = Producers.run(producers, far, i -> runtime.startProcessInstanceByKey(
                RAW_PROCESS, "raw-far-" + i, variables(i, farDue)));
        Plan plan = plan(far / secondsSince(start));
        Set<String> warmupKeys = ConcurrentHashMap.newKeySet();
        Producers.Outcome warmupOutcome = Producers.run(producers, warmups, i -> {
            runtime.startProcessInstanceByKey(RAW_PROCESS, "raw-warmup-" + i, variables(i, Date.from(plan.warmup().dueAt(i))));
            warmupKeys.add("raw-warmup-" + i);
        });
        Map<String, Long> dueByKey = new ConcurrentHashMap<>();
        Producers.Outcome dueOutcome = Producers.run(producers, dueClocks, i -> {
            Instant dueAt = plan.measured().dueAt(i).truncatedTo(ChronoUnit.MILLIS);
            runtime.startProcessInstanceByKey(RAW_PROCESS, "raw-due-" + i, variables(i, Date.from(dueAt)));
            dueByKey.put("raw-due-" + i, dueAt.toEpochMilli());
        });
        double setupSeconds = secondsSince(start);
        long open = bench.bean(ManagementService.class).createJobQuery().timers().count();
        return settle(bench.timers, dueByKey, warmupKeys, plan.measured(), setupSeconds, open,
                report(farOutcome) + report(warmupOutcome) + report(dueOutcome));
    }

    private Map<String, Object> variables(int index, Date dueAt) {
        return Map.of("assignee", BenchSales.rep(index, repsPerTeam), "teamId", BenchSales.team(index), "tier", "A",
                "policyVersion", 1, "dueAt", dueAt);
    }

    /** Waits until every due deadline was handed on, or until the drain time after the window is up. */
    private Phase settle(Firings firings, Map<String, Long> dueByKey, Set<String> warmupKeys, DueSchedule schedule,
                         double setupSeconds, long open, int setupFailures) {
        double beforeWindow = Duration.between(Instant.now(), schedule.firstDue()).toMillis() / 1000.0;
        System.err.printf("%d open, %d due from %s, waiting%n", open, dueByKey.size(), schedule.firstDue());
        Duration untilGiveUp = Duration.between(Instant.now(), schedule.end().plus(drain));
        try {
            // the cheap count first: the full check walks every due key and would take CPU from the subject
            await().atMost(untilGiveUp).pollInterval(Duration.ofMillis(500))
                    .until(() -> firings.count() >= dueByKey.size() + warmupKeys.size()
                            && firings.countAmong(dueByKey.keySet()) == dueByKey.size());
            // a deadline that fires twice usually does so soon after the first time
            await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        } catch (ConditionTimeoutException capped) {
            System.err.println("stopped waiting " + drain.toSeconds() + " s after the window");
        }
        return new Phase(Lateness.of(firings, dueByKey, warmupKeys), open, schedule, warmupKeys.size(), setupSeconds,
                beforeWindow, setupFailures);
    }

    private static void awaitClocks(Publications publications) {
        if (!publications.awaitAllCompleted(Duration.ofMinutes(10))) {
            throw new IllegalStateException("clocks still not started after 10 minutes");
        }
    }

    private static int report(Producers.Outcome outcome) {
        if (outcome.firstFailure() != null) {
            System.err.println(outcome.failures() + " setup requests failed, the first with:");
            outcome.firstFailure().printStackTrace();
        }
        return outcome.failures();
    }

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
