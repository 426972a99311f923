package io.weir.platform.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.platform.notifications.ChannelHealth;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.FailureClass;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class ChannelHealthBoardTest {

    final ChannelHealthBoard board = new ChannelHealthBoard(Clock.systemUTC());

    static DeliveryResult failed(FailureClass failure, String code) {
        return DeliveryResult.failed("wecom", failure, code, "failed with " + code);
    }

    @Test
    void aChannelThatDeliversIsGreen() {
        board.record(DeliveryResult.delivered("wecom"));

        assertThat(board.health("wecom", true).state()).isEqualTo(ChannelHealth.State.GREEN);
    }

    @Test
    void oneNetworkFailureAmongDeliveriesIsAmber() {
        board.record(DeliveryResult.delivered("wecom"));
        board.record(failed(FailureClass.NETWORK, null));

        assertThat(board.health("wecom", true).state()).isEqualTo(ChannelHealth.State.AMBER);
    }

    @Test
    void threeFailuresInARowAreRed() {
        board.record(failed(FailureClass.VENDOR, "-1"));
        board.record(failed(FailureClass.NETWORK, null));
        board.record(failed(FailureClass.RATE_LIMITED, "45009"));

        assertThat(board.health("wecom", true).state()).isEqualTo(ChannelHealth.State.RED);
    }

    @Test
    void aRefusedRequestIsRedAtOnceAndShowsTheVendorsCode() {
        board.record(DeliveryResult.delivered("wecom"));
        board.record(failed(FailureClass.PARAMETER, "40058"));

        ChannelHealth health = board.health("wecom", true);

        assertThat(health.state()).isEqualTo(ChannelHealth.State.RED);
        assertThat(health.lastFailure().vendorCode()).isEqualTo("40058");
        assertThat(health.recentFailures()).isEqualTo(1);
    }

    @Test
    void aDeliveryAfterTransientFailuresBringsItBackFromRed() {
        board.record(failed(FailureClass.NETWORK, null));
        board.record(failed(FailureClass.NETWORK, null));
        board.record(failed(FailureClass.NETWORK, null));
        board.record(DeliveryResult.delivered("wecom"));

        assertThat(board.health("wecom", true).state()).isEqualTo(ChannelHealth.State.AMBER);
    }

    @Test
    void anUnconfiguredChannelIsUnusedAndSkipsDoNotCount() {
        board.record(DeliveryResult.skipped("sms-aliyun", "not configured"));

        assertThat(board.health("sms-aliyun", false).state()).isEqualTo(ChannelHealth.State.UNUSED);
    }
}
