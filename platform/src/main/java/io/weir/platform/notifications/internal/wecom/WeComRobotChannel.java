package io.weir.platform.notifications.internal.wecom;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.Recipient;
import io.weir.platform.notifications.SandboxCheck;
import io.weir.platform.notifications.SendRate;
import io.weir.platform.notifications.VendorContract;
import io.weir.platform.notifications.internal.SettingValues;
import io.weir.platform.notifications.internal.VendorChannel;
import io.weir.platform.shared.Violations;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * A WeCom group robot: the alert goes to the team's group chat and @-mentions the person by mobile. The answer's
 * {@code errcode} is read every time: HTTP 200 with a non-zero code is a failure.
 */
@Component
@EnableConfigurationProperties(WeComRobotSettings.class)
class WeComRobotChannel extends VendorChannel<WeComRobotSettings> {

    static final String ID = "wecom-robot";
    /** The documented limit of a group robot: 20 messages a minute per robot. */
    static final SendRate RATE = new SendRate(20, Duration.ofMinutes(1), false, Duration.ZERO);
    static final String SEND_PATH = "/cgi-bin/webhook/send";

    WeComRobotChannel(WeComRobotSettings settings, ObjectMapper json) {
        super(ID, settings, json);
    }

    @Override
    protected DeliveryResult send(Recipient recipient, Notification notification) {
        List<String> mentions = recipient.phone() == null || recipient.phone().isBlank() ? List.of()
                : List.of(recipient.phone().replaceFirst("^\\+86", ""));
        String link = notification.link() == null ? "" : "\n" + notification.link();
        WeComRobotTextMessage message = new WeComRobotTextMessage(notification.title() + "\n" + notification.body()
                + link, mentions);
        List<String> violations = message.violations();
        if (!violations.isEmpty()) {
            return refused(violations);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook(settings()))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(message.body()), StandardCharsets.UTF_8));
        return exchange(request, response -> readErrcode(response, (errcode, errmsg) -> WeComErrors.classify(errcode)));
    }

    private static URI webhook(WeComRobotSettings settings) {
        return URI.create(settings.baseUrl().toString().replaceAll("/+$", "") + SEND_PATH + "?key="
                + URLEncoder.encode(settings.key(), StandardCharsets.UTF_8));
    }

    @Override
    public SendRate sendRate() {
        return RATE;
    }

    @Override
    public List<VendorContract> contracts() {
        return List.of(new VendorContract("POST /cgi-bin/webhook/send (group robot, text)", "unversioned; page read 2026-12",
                "https://developer.work.weixin.qq.com/document/path/91770",
                List.of("key in the query", "text.content: 1-2048 bytes", "text.mentioned_mobile_list",
                        "errcode read on HTTP 200", "20 messages a minute per robot")));
    }

    /** The key is the part after {@code key=} in the webhook address the group's robot settings show. */
    @Override
    public void validate(SettingValues values, Violations violations) {
        values.requirePattern("key", "[A-Za-z0-9-]{16,64}", "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa", violations);
        values.requireUrl("baseUrl", violations);
    }

    /**
     * WeCom offers no read-only call for group robots, so the check is the recorded contract of the webhook built from
     * these settings, and the host must answer. Test send proves the rest with a real message.
     */
    @Override
    public SandboxCheck sandboxCheck(SettingValues values) {
        WeComRobotSettings candidate = settings().with(values);
        URI webhook = webhook(candidate);
        String call = "POST " + SEND_PATH + " (recorded contract)";
        SandboxCheck.Step contract = webhook.getRawQuery().matches("key=[A-Za-z0-9-]{16,64}")
                ? SandboxCheck.Step.passed(call, "key", "notifications.check.contract-holds")
                : SandboxCheck.Step.refused(call, "key", FailureClass.PARAMETER, "contract",
                "notifications.check.wecom-robot-key");
        return new SandboxCheck(ID, List.of(contract, reach(candidate.baseUrl(), "baseUrl")));
    }
}
