package io.weir.platform.notifications.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.weir.platform.MutableClock;
import io.weir.platform.VendorSandbox;
import io.weir.platform.WeirIntegrationTest;
import io.weir.platform.notifications.ChannelHealth;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.InAppNotification;
import io.weir.platform.notifications.NotificationManagement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Probes find a revoked WeCom secret before any alert needs the channel, and a passed probe turns nothing green. */
@WeirIntegrationTest
class ChannelProbesIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired
    ChannelProbes probes;
    @Autowired
    NotificationManagement notifications;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void startWithEmptyRateWindows() {
        // earlier tests may have used up the robots' minute on the shared test clock, which stands still
        clock.advance(Duration.ofMinutes(11));
    }

    @AfterEach
    void secretRestored() {
        VendorSandbox.reset();
        assertThat(notifications.testSend("wecom", "admin").delivered()).isTrue();
    }

    @Test
    void aRevokedSecretTurnsWeComRedAndAlarmsAdminsWithoutAnyAlertSent() {
        VendorSandbox.server().stubFor(get(urlPathEqualTo("/cgi-bin/gettoken")).atPriority(1)
                .willReturn(okJson("{\"errcode\":40001,\"errmsg\":\"invalid credential, hint: [secret revoked]\"}")));

        assertThat(probes.probeAll()).filteredOn(result -> result.channel().equals("wecom")).singleElement()
                .satisfies(result -> {
                    assertThat(result.delivered()).isFalse();
                    assertThat(result.vendorCode()).isEqualTo("40001");
                });

        assertThat(state("wecom")).isEqualTo(ChannelHealth.State.RED);
        await().until(() -> notifications.latest("admin", 50).stream().map(InAppNotification::title)
                .anyMatch("通知渠道故障：wecom"::equals));
        await().until(() -> !VendorSandbox.dingTalkMessagesContaining("通知渠道故障：wecom").isEmpty());

        VendorSandbox.reset();
        assertThat(probes.probeAll()).filteredOn(result -> result.channel().equals("wecom"))
                .extracting(DeliveryResult::delivered).containsExactly(true);
        assertThat(state("wecom")).as("a passed probe proves credentials, not deliveries").isEqualTo(ChannelHealth.State.RED);
    }

    @Test
    void theSmtpServerIsProbedBySigningIn() {
        assertThat(probes.probeAll()).filteredOn(result -> result.channel().equals("email"))
                .extracting(DeliveryResult::delivered).containsExactly(true);
    }

    private ChannelHealth.State state(String channel) {
        return notifications.channelHealth().stream().filter(health -> health.channel().equals(channel))
                .findFirst().orElseThrow().state();
    }
}
