package io.weir.platform.notifications.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.weir.platform.notifications.AlertSettings;
import io.weir.platform.notifications.AlertTypes;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import io.weir.platform.notifications.SendRate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries one claimed alert along its chain as far as it goes now.
 * <ul>
 * <li>A channel that is not configured, or is red (and failed recently) while a later channel is not, hands the alert
 * on at once.</li>
 * <li>A channel at its vendor's send rate makes the alert wait for the next slot if that comes within the budget,
 * else (the vendor blocked the channel for longer) hands it on. When more alerts for the same person are due on it
 * than the window has slots left, they go out together as one digest, so a burst costs one slot, not one each.</li>
 * <li>A failure that may pass (network, rate limit, vendor) is retried on the same channel after a backoff, on the
 * same budget rule; any other failure hands the alert on.</li>
 * </ul>
 * Progress is written after every step, so a restart resumes where it stopped.
 */
@Component
class AlertDelivery {

    private static final Logger log = LoggerFactory.getLogger(AlertDelivery.class);
    private static final int MAX_DIGEST = 50;

    private enum Step { DONE, NEXT_CHANNEL }

    private final AlertOutbox outbox;
    private final ChannelDirectory channels;
    private final Recipients recipients;
    private final AdminAlarm alarm;
    private final SendRateLimiter limiter;
    private final AlertSettings settings;
    private final Clock clock;
    private final RetryBackoff backoff;
    private final Timer firstAttemptLateness;

    AlertDelivery(AlertOutbox outbox, ChannelDirectory channels, Recipients recipients, AdminAlarm alarm,
                  SendRateLimiter limiter, AlertSettings settings, Clock clock, MeterRegistry registry) {
        this.outbox = outbox;
        this.channels = channels;
        this.recipients = recipients;
        this.alarm = alarm;
        this.limiter = limiter;
        this.settings = settings;
        this.clock = clock;
        this.backoff = new RetryBackoff(settings.firstRetryAfter(), () -> ThreadLocalRandom.current().nextDouble());
        this.firstAttemptLateness = Timer.builder("weir.alerts.first-attempt.lateness")
                .description("time from an SLA deadline to the first delivery attempt of its alert")
                .publishPercentileHistogram()
                .register(registry);
    }

    void carry(AlertOutbox.PendingAlert alert, Instant leaseEnds) {
        if (alert.deadlineAt() != null && alert.position() == 0 && alert.attempts() == 0) {
            firstAttemptLateness.record(Duration.between(alert.deadlineAt(), clock.instant()).abs());
        }
        List<String> chain = alert.chain();
        if (chain.stream().noneMatch(channels::usable)) {
            // no channel of the chain is set up here (a local demo): the bell, which has it already, is all there is
            outbox.delivered(alert.id(), InAppInbox.ID, clock.instant());
            return;
        }
        for (int position = alert.position(); position < chain.size(); position++) {
            if (!channels.usable(chain.get(position))) {
                continue; // not set up here: passed over without a trace, or every alert would log the same skips
            }
            int attempts = position == alert.position() ? alert.attempts() : 0;
            if (tryChannel(alert, position, attempts, leaseEnds) == Step.DONE) {
                return;
            }
            outbox.moveTo(alert, position + 1, leaseEnds);
        }
        outbox.failed(alert.id(), clock.instant());
        log.error("alert {} to {} could not be delivered on any channel of {}", alert.dedupKey(), alert.recipient(),
                chain);
        if (!AlertTypes.CHANNEL_ALARM.equals(alert.alertType())) {
            alarm.undeliverable(alert);
        }
    }

    private Step tryChannel(AlertOutbox.PendingAlert alert, int position, int attempts, Instant leaseEnds) {
        String channelId = alert.chain().get(position);
        NotificationChannel channel = channels.channel(channelId).orElseThrow();
        Instant now = clock.instant();
        if (passOverRed(alert.chain(), position, now)) {
            outbox.recordAttempt(alert.id(), DeliveryResult.skipped(channelId,
                    "channel is red; the next channel in the chain carries the alert"), now);
            return Step.NEXT_CHANNEL;
        }
        SendRate rate = channel.sendRate();
        if (rate != null && !limiter.tryAcquire(channelId, rate, alert.recipient(), now)) {
            Instant slot = limiter.nextSlot(channelId, rate, alert.recipient(), now);
            if (!slot.isAfter(alert.budgetEndsAt())) {
                outbox.retryLater(alert, position, attempts, slot);
                return Step.DONE;
            }
            outbox.recordAttempt(alert.id(), DeliveryResult.skipped(channelId,
                    "send rate of " + rate.messages() + " per " + rate.per() + " or vendor throttling: no slot before"
                            + " the budget ends (next slot " + slot + ")"), now);
            return Step.NEXT_CHANNEL;
        }
        List<AlertOutbox.PendingAlert> companions = rate == null ? List.of()
                : claimCompanions(alert, channelId, limiter.freeSlots(channelId, rate, alert.recipient(), now), now,
                leaseEnds);
        Notification notification = companions.isEmpty()
                ? new Notification(alert.recipient(), alert.title(), alert.body(), alert.dedupKey(),
                settings.absolute(alert.link()))
                : AlertDigest.of(alert, companions);
        DeliveryResult result = channels.deliver(channelId, recipients.of(alert.recipient()), notification);
        Instant after = clock.instant();
        outbox.recordAttempt(alert.id(), result, after);
        companions.forEach(companion -> outbox.recordAttempt(companion.id(), result, after));
        if (channels.record(result)) {
            alarm.channelTurnedRed(channelId, channels.health(channelId));
        }
        if (result.delivered()) {
            outbox.delivered(alert.id(), channelId, after);
            companions.forEach(companion -> outbox.delivered(companion.id(), channelId, after));
            return Step.DONE;
        }
        // the companions go their own way again, each from where it stood
        companions.forEach(companion -> outbox.retryLater(companion, companion.position(), companion.attempts(), after));
        return result.skipped() ? Step.NEXT_CHANNEL : afterFailure(alert, position, attempts + 1, result, rate, after);
    }

    private Step afterFailure(AlertOutbox.PendingAlert alert, int position, int attempts, DeliveryResult result,
                              SendRate rate, Instant now) {
        log.warn("alert {} to {} failed on {} (attempt {}): {} failure, vendor code {}: {}", alert.dedupKey(),
                alert.recipient(), result.channel(), attempts, result.failureClass(), result.vendorCode(),
                result.detail());
        if (result.failureClass() == FailureClass.RATE_LIMITED && rate != null) {
            limiter.throttled(result.channel(), rate, now);
            return Step.NEXT_CHANNEL;
        }
        if (result.failureClass().retryable() && attempts < settings.attemptsPerChannel()) {
            Duration wait = backoff.before(attempts);
            if (fitsBudget(alert, wait, now)) {
                outbox.retryLater(alert, position, attempts, now.plus(wait));
                return Step.DONE;
            }
        }
        return Step.NEXT_CHANNEL;
    }

    /** Waiting keeps two thirds of what is left of the budget for the channels after this one. */
    private static boolean fitsBudget(AlertOutbox.PendingAlert alert, Duration wait, Instant now) {
        return wait.compareTo(Duration.between(now, alert.budgetEndsAt()).dividedBy(3)) <= 0;
    }

    /**
     * The alerts for the same person due on the same channel, claimed to go out with this one as a digest, when there
     * are more of them than the channel's window has slots left; none while each can go out on its own.
     */
    private List<AlertOutbox.PendingAlert> claimCompanions(AlertOutbox.PendingAlert alert, String channelId,
                                                           int freeSlots, Instant now, Instant leaseEnds) {
        List<AlertOutbox.PendingAlert> waiting = outbox.dueFor(alert, now, MAX_DIGEST).stream()
                .filter(companion -> channelId.equals(firstUsable(companion))).toList();
        if (waiting.size() <= freeSlots) {
            return List.of();
        }
        List<AlertOutbox.PendingAlert> claimed = new ArrayList<>();
        for (AlertOutbox.PendingAlert companion : waiting) {
            if (outbox.claim(companion, leaseEnds)) {
                claimed.add(companion);
            }
        }
        return claimed;
    }

    /** The channel the alert would try next, passing over channels not set up here. */
    private String firstUsable(AlertOutbox.PendingAlert alert) {
        return alert.chain().subList(alert.position(), alert.chain().size()).stream().filter(channels::usable)
                .findFirst().orElse(null);
    }

    /** A red channel that failed recently is passed over while a later channel in the chain can carry the alert. */
    private boolean passOverRed(List<String> chain, int position, Instant now) {
        String channelId = chain.get(position);
        return channels.red(channelId) && !channels.lastFailedBefore(channelId, now.minus(settings.redRetryAfter()))
                && chain.subList(position + 1, chain.size()).stream()
                .anyMatch(next -> channels.usable(next) && !channels.red(next));
    }
}
