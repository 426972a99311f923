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
import io.weir.platform.notifications.internal.TokenApi;
import io.weir.platform.notifications.internal.VendorChannel;
import io.weir.platform.shared.Violations;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * DingTalk work notifications (工作通知) from an internal app, to the person's DingTalk userid (their username unless
 * an admin set another): plain text, or an action card that opens the page the alert is about. DingTalk accepts the
 * message and delivers it asynchronously; it drops the same content to the same person within a day.
 */
@Component
@EnableConfigurationProperties(DingTalkWorkSettings.class)
class DingTalkWorkChannel extends VendorChannel<DingTalkWorkSettings> {

    static final String ID = "dingtalk-work";
    /** The documented limit: 500 work notifications a day to one person from an internal app. */
    static final SendRate RATE = new SendRate(500, Duration.ofDays(1), true, Duration.ZERO);

    private final Clock clock;
    private volatile DingTalkWorkClient client;

    DingTalkWorkChannel(DingTalkWorkSettings settings, ObjectMapper json, Clock clock) {
        super(ID, settings, json);
        this.clock = clock;
        this.client = new DingTalkWorkClient(settings, json, clock);
    }

    @Override
    protected DeliveryResult send(Recipient recipient, Notification notification) {
        DingTalkWorkNotice notice = new DingTalkWorkNotice(recipient.dingTalkUserId(), notification.title(),
                notification.body(), notification.link());
        List<String> violations = notice.violations();
        if (!violations.isEmpty()) {
            return refused(violations);
        }
        return result(client.send(notice));
    }

    /** A fresh access token: a revoked AppSecret or a changed IP whitelist shows without traffic. */
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
                new VendorContract("GET /gettoken", "unversioned; page read 2026-12",
                        "https://open.dingtalk.com/document/orgapp/obtain-orgapp-token",
                        List.of("appkey, appsecret", "errcode 0 with access_token and expires_in; cached")),
                new VendorContract("POST /topapi/message/corpconversation/asyncsend_v2", "unversioned; page read 2026-12",
                        "https://open.dingtalk.com/document/orgapp/asynchronous-sending-of-enterprise-session-messages",
                        List.of("agent_id, userid_list", "msg text, or action_card with single_url for alerts with a page",
                                "content 1-2048 bytes", "errcode read on HTTP 200; task_id kept",
                                "500 a day per person; same content once a day")));
    }

    @Override
    public void validate(SettingValues values, Violations violations) {
        values.requirePattern("appKey", "[A-Za-z0-9]{8,64}", "dingxxxxxxxxxxxxxxxx", violations);
        values.requireText("appSecret", violations);
        values.requireNumber("agentId", 1, Long.MAX_VALUE, violations);
        values.requireUrl("baseUrl", violations);
    }

    /**
     * {@code gettoken} with the AppKey and AppSecret: nobody gets a message. The AgentId is proved by the first test
     * send, as DingTalk offers no read-only call for it that this app's token may make.
     */
    @Override
    public SandboxCheck sandboxCheck(SettingValues values) {
        TokenApi.Outcome token = new DingTalkWorkClient(settings().with(values), json, clock).checkCredentials();
        String call = "GET /gettoken";
        return new SandboxCheck(ID, List.of(token.ok() ? SandboxCheck.Step.passed(call, "appSecret",
                "notifications.check.token-issued")
                : SandboxCheck.Step.failed(call, token.failureClass() == FailureClass.NETWORK ? "baseUrl" : "appSecret",
                token.failureClass(), token.code(), token.message())));
    }

    @Override
    protected void applying(DingTalkWorkSettings edited) {
        client = new DingTalkWorkClient(edited, json, clock);
    }
}
