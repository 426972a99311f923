package io.weir.platform.scenarios.internal;

import io.weir.platform.leads.FirstResponse;
import io.weir.platform.leads.HistoricLead;
import io.weir.platform.leads.NewLead;
import io.weir.platform.leads.ResponseChannel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates weeks of worked leads for the demo, up to the day before {@code today}: arrivals during office hours
 * (fewer at weekends), response times log-normally spread around the median and scaled by each rep's pace, a share
 * never answered. Deterministic for a seed, so the report shows the same story on every first start.
 */
final class DemoHistoryGenerator {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final List<String> TAGS = List.of("已报价", "已预约演示", "需求待确认", "竞对介入", "预算已确认");

    private final ScenarioTemplate.DemoHistory spec;
    private final Function<NewLead, String> repOf;
    private final Random random;

    /** @param repOf the rep who works a lead, by the routing rules and the team's rotation */
    DemoHistoryGenerator(ScenarioTemplate.DemoHistory spec, Function<NewLead, String> repOf) {
        this.spec = spec;
        this.repOf = repOf;
        this.random = new Random(spec.seed());
    }

    List<HistoricLead> generate(LocalDate today) {
        List<HistoricLead> leads = new ArrayList<>();
        int serial = 0;
        for (LocalDate day = today.minusWeeks(spec.weeks()); day.isBefore(today); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            int count = weekend ? spec.leadsPerWorkday() / 4 : spec.leadsPerWorkday() + random.nextInt(5) - 2;
            for (int i = 0; i < count; i++) {
                leads.add(lead(day, serial++));
            }
        }
        return leads;
    }

    private HistoricLead lead(LocalDate day, int serial) {
        Instant received = day.atTime(LocalTime.of(9, 0)).plusMinutes(random.nextInt(9 * 60)).atZone(CHINA).toInstant();
        String region = pick(spec.regions());
        String contact = pick(spec.surnames()) + (random.nextBoolean() ? "先生" : "女士");
        String phone = String.format("1580000%04d", serial % 10_000);
        NewLead lead = new NewLead(weightedSource(), contact, phone, region + pick(spec.companies()) + "有限公司", region,
                pick(spec.products()), received);
        String rep = repOf.apply(lead);
        if (random.nextDouble() < spec.unansweredShare()) {
            return new HistoricLead(lead, rep, null, null);
        }
        double pace = spec.repPace().getOrDefault(rep, 1.0);
        double minutes = Math.max(1, spec.medianResponseMinutes() * pace * Math.exp(random.nextGaussian() * 0.8));
        Instant answered = received.plus(Duration.ofSeconds((long) (minutes * 60)));
        List<String> tags = random.nextInt(3) == 0 ? List.of(pick(TAGS)) : List.of();
        FirstResponse response = new FirstResponse(ResponseChannel.values()[random.nextInt(3)], pick(spec.notes()), tags);
        return new HistoricLead(lead, rep, response, answered);
    }

    private String weightedSource() {
        int total = spec.sourceWeights().values().stream().mapToInt(Integer::intValue).sum();
        int ticket = random.nextInt(total);
        for (Map.Entry<String, Integer> entry : spec.sourceWeights().entrySet()) {
            ticket -= entry.getValue();
            if (ticket < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("source weights must be positive");
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
