package io.weir.platform.notifications;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code weir.alerts.*}: how alerts travel. Each alert type has an ordered chain of channels; the first one that
 * delivers carries the alert, and the chain should have carried it within {@code budget}. Every alert also lands in
 * the in-app bell, whatever its chain.
 *
 * @param chains             channel ids per alert type, first choice first; {@code default} for types not listed
 * @param budget             how long the whole chain may take before the alert counts as late
 * @param attemptsPerChannel attempts on one channel for failures that may pass (network, rate limit, vendor 5xx)
 * @param firstRetryAfter    the first backoff; each retry doubles it, with full jitter
 * @param lease              how long a claimed alert is held by the dispatcher sending it; a crashed sender's alert
 *                           becomes due again after it
 * @param pollInterval       longest wait between two looks at the outbox when nothing nudged the dispatcher
 * @param redRetryAfter      a red channel is passed over (when a later channel can carry the alert) until its last
 *                           failure is this old; then one alert tries it again, so a repaired channel comes back
 * @param publicUrl          where people open Weir, for the links alerts carry (a WeCom card's button, a mail)
 */
@ConfigurationProperties("weir.alerts")
public record AlertSettings(Map<String, List<String>> chains, Duration budget, int attemptsPerChannel,
                            Duration firstRetryAfter, Duration lease, Duration pollInterval, int batchSize,
                            int dispatchers, Duration redRetryAfter, String publicUrl) {

    public static final String DEFAULT_CHAIN = "default";

    public AlertSettings {
        Map<String, List<String>> merged = new LinkedHashMap<>(defaultChains());
        if (chains != null) {
            merged.putAll(chains);
        }
        chains = Map.copyOf(merged);
        budget = budget == null ? Duration.ofSeconds(60) : budget;
        attemptsPerChannel = attemptsPerChannel <= 0 ? 3 : attemptsPerChannel;
        firstRetryAfter = firstRetryAfter == null ? Duration.ofSeconds(1) : firstRetryAfter;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        dispatchers = dispatchers <= 0 ? 2 : dispatchers;
        redRetryAfter = redRetryAfter == null ? Duration.ofMinutes(2) : redRetryAfter;
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
    }

    /** The absolute address of a path in Weir, such as {@code /leads/…}. */
    public String absolute(String path) {
        return path == null ? null : path.startsWith("http") ? path : publicUrl + path;
    }

    /** The rep is reached on the phone first (the brief's "SMS to the rep"), a supervisor in the office apps first. */
    private static Map<String, List<String>> defaultChains() {
        return Map.of(
                AlertTypes.ESCALATION_REP, List.of("sms-aliyun", "sms-tencent", "wecom", "wecom-robot", "dingtalk-work",
                        "dingtalk", "email"),
                AlertTypes.ESCALATION_SUPERVISOR, List.of("wecom", "wecom-robot", "dingtalk-work", "dingtalk", "email",
                        "sms-aliyun", "sms-tencent"),
                DEFAULT_CHAIN, List.of("wecom", "wecom-robot", "dingtalk-work", "dingtalk", "email"));
    }

    public List<String> chainFor(String alertType) {
        return chains.getOrDefault(alertType, chains.get(DEFAULT_CHAIN));
    }
}
