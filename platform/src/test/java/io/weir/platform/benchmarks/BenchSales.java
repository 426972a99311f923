package io.weir.platform.benchmarks;

import io.weir.platform.identity.Role;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.identity.internal.Directory;
import io.weir.platform.leads.NewLead;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Reps and leads for the benchmarks: reps in the three regional teams of the default scenario, leads spread evenly
 * over those teams by region, each with its own phone number.
 */
final class BenchSales {

    /** 30-minute first-response goal (tier A) in the shipped rule pack. */
    static final String FAST_SOURCE = "官网表单";
    /** 240-minute goal (tier C): far beyond any benchmark run. */
    static final String SLOW_SOURCE = "展会收集";

    private static final List<String> TEAMS = List.of("east", "south", "north");
    private static final List<String> REGIONS = List.of("上海", "广东", "北京");
    private static final AtomicLong PHONES = new AtomicLong();

    private BenchSales() {
    }

    /**
     * Reps whose cap is high enough that every bench lead is assigned, so every one gets a clock. They share one
     * password hash (they never sign in): hashing hundreds of passwords would only slow the setup down.
     */
    static void hireReps(Directory directory, PasswordEncoder passwords, int perTeam, int openLeadCap) {
        String sharedHash = passwords.encode("bench-only-" + System.nanoTime());
        for (String team : TEAMS) {
            for (int n = 1; n <= perTeam; n++) {
                String username = "bench." + team + "." + n;
                directory.insertUser(new WeirUser(username, username, Role.REP, team, null, null, true, false,
                        openLeadCap, 10), sharedHash);
            }
        }
    }

    static NewLead lead(int index, String source, Instant receivedAt) {
        String phone = String.format("139%08d", PHONES.incrementAndGet());
        return new NewLead(source, "压测客户" + index, phone, "压测科技有限公司", REGIONS.get(index % REGIONS.size()),
                "标准版", receivedAt);
    }

    /** A team and a rep of it for the raw-engine baseline, which starts the same process without Weir. */
    static String team(int index) {
        return TEAMS.get(index % TEAMS.size());
    }

    static String rep(int index, int perTeam) {
        return "bench." + team(index) + "." + (1 + (index / TEAMS.size()) % perTeam);
    }
}
