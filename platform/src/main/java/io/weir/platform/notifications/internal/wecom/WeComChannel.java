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
import io.weir.platform.notifications.internal.TokenApi;
import io.weir.platform.notifications.internal.VendorChannel;
import io.weir.platform.shared.Violations;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * WeCom application messages to the person's WeCom UserID: their Weir username (the usual set-up, accounts synced from
 * the WeCom address book) unless an admin set another. A message that breaks the vendor's contract is refused before it is sent, with the reason.
 */
@Component
@EnableConfigurationProperties(WeComSettings.class)
class WeComChannel extends VendorChannel<WeComSettings> {

    static final String ID = "wecom";
    /** The documented limit of application messages: 30 a minute to one member; the vendor drops the rest silently. */
    static final SendRate RATE = new SendRate(30, Duration.ofMinutes(1), true, Duration.ZERO);

    private final Clock clock;
    /** Holds the access token of the settings it was made with; replaced with them when they are edited. */
    private volatile WeComClient client;

    WeComChannel(WeComSettings settings, ObjectMapper json, Clock clock) {
        super(ID, settings, json);
        this.clock = clock;
        this.client = new WeComClient(settings, json, clock);
    }

    @Override
    protected DeliveryResult send(Recipient recipient, Notification notification) {
        WeComClient current = client;
        List<String> receivers = List.of(recipient.weComUserId());
        Integer agentId = current.settings().agentId();
        // a card opens the page the alert is about; without one, plain text
        WeComAppMessage message = notification.link() == null
                ? new WeComTextMessage(receivers, agentId, notification.title() + "\n" + notification.body())
                : new WeComCardMessage(receivers, agentId, notification.title(), notification.body(), notification.link());
        List<String> violations = message.violations();
        if (!violations.isEmpty()) {
            return refused(violations);
        }
        return result(current.send(message));
    }

    /** A fresh access token from {@code gettoken}: a revoked secret or a changed IP whitelist shows without traffic. */
    @Override
    public Optional<DeliveryResult> probe() {
        return probeToken(client);
    }

    @Override
    public SendRate sendRate() {
        return RATE;
    }

    @Override
    public List<VendorContract> contracts() {
        return List.of(
                new VendorContract("GET /cgi-bin/gettoken", "unversioned; page read 2026-12", "https://developer.work.weixin.qq.com/document/path/91039",
                        List.of("corpid, corpsecret", "errcode 0 with access_token and expires_in; cached until 5 min before expiry")),
                new VendorContract("POST /cgi-bin/message/send (text)", "unversioned; page read 2026-12",
                        "https://developer.work.weixin.qq.com/document/path/90236",
                        List.of("touser: 1-1000 UserIDs", "agentid > 0", "text.content: 1-2048 bytes",
                                "textcard (alerts with a page): title 128 bytes, description 512 bytes, http(s) url",
                                "enable_duplicate_check = 1, 1800 s", "errcode and invaliduser read on HTTP 200",
                                "30 messages a minute per member")));
    }

    @Override
    public void validate(SettingValues values, Violations violations) {
        values.requirePattern("corpId", "[A-Za-z0-9]{6,40}", "ww1234567890abcdef", violations);
        values.requireText("secret", violations);
        values.requireNumber("agentId", 1, Integer.MAX_VALUE, violations);
        values.requireUrl("baseUrl", violations);
    }

    /** {@code gettoken} with the corp id and secret, then {@code agent/get} for the AgentId: nobody gets a message. */
    @Override
    public SandboxCheck sandboxCheck(SettingValues values) {
        WeComClient candidate = new WeComClient(settings().with(values), json, clock);
        List<SandboxCheck.Step> steps = new ArrayList<>();
        TokenApi.Outcome token = candidate.checkCredentials();
        steps.add(token.ok() ? SandboxCheck.Step.passed("GET /cgi-bin/gettoken", "secret", "notifications.check.token-issued")
                : SandboxCheck.Step.failed("GET /cgi-bin/gettoken", tokenField(token), token.failureClass(),
                token.code(), token.message()));
        if (token.ok()) {
            steps.add(agentStep(candidate.describeAgent()));
        }
        return new SandboxCheck(ID, steps);
    }

    private static SandboxCheck.Step agentStep(WeComClient.AgentAnswer answer) {
        String call = "GET /cgi-bin/agent/get";
        TokenApi.Outcome outcome = answer.outcome();
        if (!outcome.ok()) {
            return SandboxCheck.Step.failed(call, outcome.failureClass() == FailureClass.NETWORK ? "baseUrl" : "agentId",
                    outcome.failureClass(), outcome.code(), outcome.message());
        }
        WeComClient.Agent agent = answer.agent();
        return agent.closed()
                ? SandboxCheck.Step.refused(call, "agentId", FailureClass.PARAMETER, "close",
                "notifications.check.wecom-agent-closed", agent.name())
                : SandboxCheck.Step.passed(call, "agentId", "notifications.check.wecom-agent", agent.name(),
                agent.members(), agent.departments());
    }

    /** The setting a refused token request points at: the host if unreachable, the corp id if unknown, else the secret. */
    private static String tokenField(TokenApi.Outcome token) {
        if (token.failureClass() == FailureClass.NETWORK) {
            return "baseUrl";
        }
        return WeComErrors.INVALID_CORP_ID.equals(token.code()) ? "corpId" : "secret";
    }

    @Override
    protected void applying(WeComSettings edited) {
        client = new WeComClient(edited, json, clock);
    }
}
