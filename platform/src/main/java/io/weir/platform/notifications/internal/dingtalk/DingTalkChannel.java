package io.weir.platform.notifications.internal.dingtalk;

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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * A DingTalk custom group robot in signed mode: the alert goes to the team's group and @-mentions the person by mobile.
 * The answer's {@code errcode} is read every time: HTTP 200 with a non-zero code is a failure.
 */
@Component
@EnableConfigurationProperties(DingTalkSettings.class)
class DingTalkChannel extends VendorChannel<DingTalkSettings> {

    static final String ID = "dingtalk";
    /** The documented limit of a custom robot: 20 messages a minute per robot, then 10 minutes of throttling. */
    static final SendRate RATE = new SendRate(20, Duration.ofMinutes(1), false, Duration.ofMinutes(10));

    private final Clock clock;

    DingTalkChannel(DingTalkSettings settings, ObjectMapper json, Clock clock) {
        super(ID, settings, json);
        this.clock = clock;
    }

    @Override
    protected DeliveryResult send(Recipient recipient, Notification notification) {
        List<String> mentions = recipient.phone() == null || recipient.phone().isBlank() ? List.of()
                : List.of(recipient.phone().replaceFirst("^\\+86", ""));
        if (notification.link() != null) {
            // markdown carries a link to the page the alert is about
            DingTalkMarkdownMessage message = new DingTalkMarkdownMessage(notification.title(), notification.body(),
                    notification.link(), mentions);
            List<String> violations = message.violations();
            return violations.isEmpty() ? post(message.body()) : refused(violations);
        }
        DingTalkTextMessage message = new DingTalkTextMessage(notification.title() + "\n" + notification.body(), mentions);
        List<String> violations = message.violations();
        return violations.isEmpty() ? post(message.body()) : refused(violations);
    }

    private DeliveryResult post(Map<String, Object> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(sendUri(settings(), clock.millis()))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body), StandardCharsets.UTF_8));
        return exchange(request, response -> readErrcode(response, DingTalkErrors::classify));
    }

    /** The robot's webhook, signed when the robot has a secret (the signed mode). */
    private static URI sendUri(DingTalkSettings settings, long timestamp) {
        String query = "access_token=" + URLEncoder.encode(settings.accessToken(), StandardCharsets.UTF_8)
                + (settings.secret() == null || settings.secret().isBlank() ? ""
                : "&timestamp=" + timestamp + "&sign=" + DingTalkSignature.sign(timestamp, settings.secret()));
        return URI.create(settings.baseUrl().toString().replaceAll("/+$", "") + "/robot/send?" + query);
    }

    @Override
    public SendRate sendRate() {
        return RATE;
    }

    @Override
    public List<VendorContract> contracts() {
        return List.of(new VendorContract("POST /robot/send (text, signed)", "unversioned; page read 2026-12",
                "https://open.dingtalk.com/document/orgapp/custom-robots-send-group-messages",
                List.of("timestamp + HmacSHA256(timestamp\\nsecret), Base64, URL-encoded", "text.content, at.atMobiles",
                        "markdown (alerts with a page): title, text with the link",
                        "errcode read on HTTP 200", "20 messages a minute per robot, then 10 minutes throttled")));
    }

    /** The token from the robot's webhook address and the signing secret shown when the signed mode is switched on. */
    @Override
    public void validate(SettingValues values, Violations violations) {
        values.requirePattern("accessToken", "[A-Za-z0-9]{16,128}", "1a2b3c…(Webhook 中 access_token= 之后的部分)",
                violations);
        values.requirePattern("secret", "SEC[A-Za-z0-9]{16,128}", "SEC1a2b3c…", violations);
        values.requireUrl("baseUrl", violations);
    }

    /**
     * DingTalk offers no read-only call for custom robots, so the check is the recorded contract: the signed webhook
     * built from these settings must carry what the vendor verifies, and the host must answer. Test send proves the
     * rest with a real message.
     */
    @Override
    public SandboxCheck sandboxCheck(SettingValues values) {
        DingTalkSettings candidate = settings().with(values);
        long timestamp = clock.millis();
        URI uri = sendUri(candidate, timestamp);
        List<SandboxCheck.Step> steps = new ArrayList<>();
        List<String> broken = DingTalkContract.violations(uri, timestamp, candidate.secret());
        steps.add(broken.isEmpty()
                ? SandboxCheck.Step.passed("POST /robot/send (recorded contract)", "secret",
                "notifications.check.contract-holds")
                : SandboxCheck.Step.refused("POST /robot/send (recorded contract)", "secret", FailureClass.PARAMETER,
                "contract", "notifications.check.contract-broken", String.join("; ", broken)));
        steps.add(reach(candidate.baseUrl(), "baseUrl"));
        return new SandboxCheck(ID, steps);
    }

}
