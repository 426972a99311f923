package io.weir.platform.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.platform.notifications.SendRate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendRateLimiterTest {

    static final Instant T0 = Instant.parse("2026-12-04T02:00:00Z");
    static final SendRate ROBOT = new SendRate(20, Duration.ofMinutes(1), false, Duration.ofMinutes(10));
    static final SendRate PER_PERSON = new SendRate(2, Duration.ofMinutes(1), true, Duration.ZERO);

    final SendRateLimiter limiter = new SendRateLimiter();

    @Test
    void aRobotTakesTwentyMessagesAMinuteAndTheTwentyFirstWaitsForTheOldestToLeaveTheWindow() {
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.tryAcquire("dingtalk", ROBOT, "person-" + i, T0.plusSeconds(i))).isTrue();
        }

        assertThat(limiter.tryAcquire("dingtalk", ROBOT, "person-20", T0.plusSeconds(30))).isFalse();
        assertThat(limiter.nextSlot("dingtalk", ROBOT, "person-20", T0.plusSeconds(30))).isEqualTo(T0.plusSeconds(60));
        assertThat(limiter.tryAcquire("dingtalk", ROBOT, "person-20", T0.plusSeconds(60))).isTrue();
    }

    @Test
    void aPerPersonLimitCountsEachPersonAlone() {
        assertThat(limiter.tryAcquire("wecom", PER_PERSON, "rep.li", T0)).isTrue();
        assertThat(limiter.tryAcquire("wecom", PER_PERSON, "rep.li", T0)).isTrue();

        assertThat(limiter.tryAcquire("wecom", PER_PERSON, "rep.li", T0)).isFalse();
        assertThat(limiter.tryAcquire("wecom", PER_PERSON, "rep.wang", T0)).isTrue();
    }

    @Test
    void afterTheVendorSaysTooFastNothingGoesUntilItsPenaltyIsOver() {
        limiter.throttled("dingtalk", ROBOT, T0);

        assertThat(limiter.tryAcquire("dingtalk", ROBOT, "rep.li", T0.plusSeconds(599))).isFalse();
        assertThat(limiter.nextSlot("dingtalk", ROBOT, "rep.li", T0.plusSeconds(1))).isEqualTo(T0.plusSeconds(600));
        assertThat(limiter.tryAcquire("dingtalk", ROBOT, "rep.li", T0.plusSeconds(600))).isTrue();
    }

    @Test
    void freeSlotsCountWhatIsLeftOfTheWindowAndNothingWhileThrottled() {
        limiter.tryAcquire("dingtalk", ROBOT, "rep.li", T0);
        limiter.tryAcquire("dingtalk", ROBOT, "rep.wang", T0.plusSeconds(30));

        assertThat(limiter.freeSlots("dingtalk", ROBOT, "anyone", T0.plusSeconds(45))).isEqualTo(18);
        assertThat(limiter.freeSlots("dingtalk", ROBOT, "anyone", T0.plusSeconds(61))).isEqualTo(19);

        limiter.throttled("dingtalk", ROBOT, T0.plusSeconds(61));
        assertThat(limiter.freeSlots("dingtalk", ROBOT, "anyone", T0.plusSeconds(62))).isZero();
    }
}
