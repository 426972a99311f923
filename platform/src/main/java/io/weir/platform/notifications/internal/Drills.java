package io.weir.platform.notifications.internal;

import io.weir.platform.identity.Role;
import io.weir.platform.identity.UserManagement;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.notifications.DrillReport;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.NotificationChannel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drills on demand and on schedule (monthly by default, {@code weir.alerts.drill.cron}): the scheduled drill takes the
 * configured channel drilled longest ago, injects an authentication failure (the kind that needs a person) and sends
 * the drill alert to the first admin. One drill at a time.
 */
@Component
public class Drills {

    private static final Logger log = LoggerFactory.getLogger(Drills.class);

    private final AlertDrill drill;
    private final DrillLog drillLog;
    private final ChannelDirectory channels;
    private final UserManagement users;

    Drills(AlertDrill drill, DrillLog drillLog, ChannelDirectory channels, UserManagement users) {
        this.drill = drill;
        this.drillLog = drillLog;
        this.channels = channels;
        this.users = users;
    }

    public synchronized DrillReport run(String channel, FailureClass failureClass, String initiatedBy) {
        DrillReport report = drill.run(channel, failureClass, initiatedBy);
        log.info("drill {} on {} with {} {}: classified {} ms, red {} ms, fallback {} ms via {}, alarm {} ms on {}{}",
                report.id(), channel, failureClass, report.passed() ? "passed" : "FAILED", report.classifiedMs(),
                report.redMs(), report.fallbackMs(), report.fallbackVia(), report.alarmMs(), report.alarmChannels(),
                report.findings().isEmpty() ? "" : "; findings " + report.findings());
        return report;
    }

    public List<DrillReport> latest(int limit) {
        return drillLog.latest(limit);
    }

    @Scheduled(cron = "${weir.alerts.drill.cron:0 0 10 1 * *}", zone = "Asia/Shanghai")
    void scheduled() {
        Optional<String> admin = users.users().stream().filter(user -> user.active() && user.role() == Role.ADMIN)
                .map(WeirUser::username).sorted().findFirst();
        Optional<String> channel = channelDrilledLongestAgo();
        if (admin.isEmpty() || channel.isEmpty()) {
            log.warn("scheduled drill skipped: no admin or no channel that can be drilled");
            return;
        }
        try {
            run(channel.get(), FailureClass.AUTHENTICATION, admin.get());
        } catch (RuntimeException failure) {
            log.error("scheduled drill on {} could not run", channel.get(), failure);
        }
    }

    private Optional<String> channelDrilledLongestAgo() {
        Map<String, DrillReport> lastDrill = drillLog.latest(200).stream()
                .collect(Collectors.toMap(DrillReport::channel, Function.identity(), (newer, older) -> newer));
        List<String> drillable = channels.all().stream().map(NotificationChannel::id)
                .filter(id -> !id.equals(InAppInbox.ID) && channels.usable(id)).toList();
        if (drillable.size() < 2) {
            return Optional.empty();
        }
        return drillable.stream().min(Comparator.comparing(
                id -> lastDrill.containsKey(id) ? lastDrill.get(id).startedAt() : java.time.Instant.MIN));
    }
}
