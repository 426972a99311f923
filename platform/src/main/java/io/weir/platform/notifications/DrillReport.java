package io.weir.platform.notifications;

import java.time.Instant;
import java.util.List;

/**
 * The result of one fault-injection drill: a channel was made to fail with {@code failureClass}, and each safeguard
 * is timed from the moment the drill alert was raised. A step that did not happen within the budget is {@code null}
 * and makes the drill fail; {@code findings} says what went wrong, in words an admin can act on.
 *
 * @param classifiedMs   until the failed attempt was recorded with the injected class
 * @param redMs          until the channel's light turned red
 * @param fallbackMs     until the drill alert was delivered on another channel, {@code fallbackVia}
 * @param alarmMs        until admins had the alarm in the bell and on at least one other channel
 * @param alarmChannels  where the admin alarm was delivered by the end of the drill
 */
public record DrillReport(String id, String channel, FailureClass failureClass, String initiatedBy, Instant startedAt,
                          Instant finishedAt, long budgetMs, Long classifiedMs, Long redMs, Long fallbackMs,
                          String fallbackVia, Long alarmMs, List<String> alarmChannels, boolean passed,
                          List<String> findings) {
}
