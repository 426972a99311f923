package io.weir.platform.notifications.internal.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.Recipient;
import io.weir.platform.notifications.VendorContract;
import io.weir.platform.notifications.SendRate;
import io.weir.platform.notifications.internal.VendorChannel;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * A DingTalk custom group robot in signed mode: the alert goes to the team's group and @-mentions the person by mobile.
 * The answer's {@code errcode} is read every time: HTTP 200 with a non-zero code is a failure.
 */
@Component
@EnableConfigurationProperties(DingTalkSettings.class)
class DingTalkChannel extends VendorChannel {

    static final String ID = "dingtalk";
    /** The documented limit of a custom robot: 20 messages a minute per robot, then 10 minutes of throttling. */
    static final SendRate RATE = new SendRate(20, Duration.ofMinutes(1), false, Duration.ofMinutes(10));

    private final DingTalkSettings settings;
    private final Clock clock;

    DingTalkChannel(DingTalkSettings settings, ObjectMapper json, Clock clock) {
        super(ID, settings.timeout(), json);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected DeliveryResult send(Recipient recipient, Notification notification) {
        List<String> mentions = recipient.phone() == null || recipient.phone().isBlank() ? List.of()
                : List.of(recipient.phone().replaceFirst("^\\+86", ""));
        DingTalkTextMessage message = new DingTalkTextMessage(notification.title() + "\n" + notification.body(), mentions);
        List<String> violations = message.violations();
        return violations.isEmpty() ? post(message) : refused(violations);
    }

    private DeliveryResult post(DingTalkTextMessage message) {
        long timestamp = clock.millis();
        String query = "access_token=" + URLEncoder.encode(settings.accessToken(), StandardCharsets.UTF_8)
                + (settings.secret() == null || settings.secret().isBlank() ? ""
                : "&timestamp=" + timestamp + "&sign=" + DingTalkSignature.sign(timestamp, settings.secret()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                        settings.baseUrl().toString().replaceAll("/+$", "") + "/robot/send?" + query))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(message.body()), StandardCharsets.UTF_8));
        return exchange(request, response -> {
            if (response.statusCode() != 200) {
                return failedWithStatus(response);
            }
            JsonNode answer = json.readTree(response.body());
            int errcode = answer.path("errcode").asInt(-1);
            if (errcode != 0) {
                String errmsg = answer.path("errmsg").asText("");
                return failed(DingTalkErrors.classify(errcode, errmsg), Integer.toString(errcode), errmsg);
            }
            return delivered();
        });
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
                        "errcode read on HTTP 200", "20 messages a minute per robot, then 10 minutes throttled")));
    }

    @Override
    public boolean isConfigured() {
        return settings.configured();
    }
}
