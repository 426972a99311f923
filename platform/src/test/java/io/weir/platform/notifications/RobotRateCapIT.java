package io.weir.platform.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.weir.platform.MutableClock;
import io.weir.platform.VendorSandbox;
import io.weir.platform.WeirIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A DingTalk robot takes 20 messages a minute and then throttles for 10 minutes. A burst for one person becomes a
 * digest; a burst for many people sends 20 and the rest when the minute is over, never getting throttled; a robot the
 * vendor throttled anyway is passed over. The test chain {@code robot-test} is DingTalk, then the bell.
 */
@WeirIntegrationTest
class RobotRateCapIT {

    static final String CHAIN = "robot-test";
    static final Pattern DIGEST_TITLE = Pattern.compile("(\\d+) 条告警汇总");

    @Autowired
    NotificationManagement notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void startWithAnEmptyMinute() {
        clock.advance(Duration.ofMinutes(11)); // past any window and any throttling a previous test caused
        VendorSandbox.reset();
    }

    @AfterEach
    void resetVendors() {
        VendorSandbox.reset();
    }

    @Test
    void aBurstForOnePersonGoesOutAsADigestWithEveryAlertInIt() {
        String burst = "burst-" + UUID.randomUUID();

        raiseInOneTransaction(burst, i -> "manager.east");

        await().until(() -> deliveredVia(burst + ":%").size() == 25);
        assertThat(deliveredVia(burst + ":%")).containsOnly("dingtalk");
        List<String> posts = posts(burst);
        assertThat(posts.size()).isLessThan(25);
        assertThat(posts).anyMatch(post -> post.contains("条告警汇总"));
        assertThat(posts.stream().mapToInt(RobotRateCapIT::alertsIn).sum()).as("alerts carried by the posts")
                .isEqualTo(25);
    }

    @Test
    void aBurstForManyPeopleSendsTwentyAMinuteAndTheRestInTheNextMinuteWithinTheBudget() {
        String burst = "many-" + UUID.randomUUID();

        raiseInOneTransaction(burst, i -> "cap-test-" + i);

        // the robot may have carried an escalation in this minute too: the burst gets what is left of the 20
        await().until(() -> posts(burst).size() + waitingForASlot(burst) == 25 && waitingForASlot(burst) >= 5);
        await().during(Duration.ofMillis(300)).until(() -> posts(burst).size() + waitingForASlot(burst) == 25);
        assertThat(VendorSandbox.server().findAll(postRequestedFor(urlPathEqualTo(VendorSandbox.DINGTALK_SEND))))
                .as("robot posts this minute").hasSizeLessThanOrEqualTo(20);

        clock.advance(Duration.ofSeconds(60));

        await().until(() -> deliveredVia(burst + ":%").size() == 25);
        assertThat(deliveredVia(burst + ":%")).containsOnly("dingtalk");
        assertThat(posts(burst)).hasSize(25);
    }

    @Test
    void aRobotTheVendorThrottledIsPassedOverUntilItsPenaltyIsOver() {
        VendorSandbox.server().stubFor(post(urlPathEqualTo(VendorSandbox.DINGTALK_SEND)).atPriority(1)
                .willReturn(okJson("{\"errcode\":130101,\"errmsg\":\"send too fast, exceed 20 times per minute\"}")));
        String burst = "throttled-" + UUID.randomUUID();

        notifications.raise(CHAIN, new Notification("manager.east", "告警 1", "第 1 条。" + burst, burst + ":1"));
        await().until(() -> deliveredVia(burst + ":%").size() == 1);
        notifications.raise(CHAIN, new Notification("manager.east", "告警 2", "第 2 条。" + burst, burst + ":2"));
        await().until(() -> deliveredVia(burst + ":%").size() == 2);

        assertThat(deliveredVia(burst + ":%")).containsOnly("in-app");
        assertThat(posts(burst)).hasSize(1);
    }

    private void raiseInOneTransaction(String burst, IntFunction<String> recipient) {
        transactions.executeWithoutResult(status -> {
            for (int i = 1; i <= 25; i++) {
                notifications.raise(CHAIN, new Notification(recipient.apply(i), "告警 " + i, "第 " + i + " 条。" + burst,
                        burst + ":" + i));
            }
        });
    }

    /** How many alerts one post carries: a digest says so in its title, any other post is one. */
    private static int alertsIn(String post) {
        Matcher digest = DIGEST_TITLE.matcher(post);
        return digest.find() ? Integer.parseInt(digest.group(1)) : 1;
    }

    private List<String> posts(String burst) {
        return VendorSandbox.dingTalkMessagesContaining(burst).stream().map(request -> request.getBodyAsString())
                .toList();
    }

    private long waitingForASlot(String burst) {
        return jdbc.sql("SELECT COUNT(*) FROM alert_outbox WHERE dedup_key LIKE ? AND state = 'PENDING'"
                        + " AND next_attempt_at > ?")
                .params(burst + ":%", java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
    }

    private List<String> deliveredVia(String dedupPattern) {
        return jdbc.sql("SELECT delivered_via FROM alert_outbox WHERE dedup_key LIKE ? AND state = 'DELIVERED'")
                .param(dedupPattern).query(String.class).list();
    }
}
