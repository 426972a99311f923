package io.weir.platform.notifications.internal.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.internal.TokenApi;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * The DingTalk server API for work notifications: the access token from AppKey and AppSecret ({@code gettoken}), and
 * {@code asyncsend_v2}, which accepts the message for the person and answers with a task id.
 */
class DingTalkWorkClient extends TokenApi {

    /** 不合法的access_token, access_token超时. */
    private static final Set<String> TOKEN_EXPIRED = Set.of("40014", "42001");
    /** Refused credentials: 不合法的access_token, 不合法的corpid或corpsecret (AppKey/AppSecret), 超时, IP 不在白名单. */
    private static final Set<Integer> CREDENTIALS = Set.of(40014, 40089, 42001, 60020);

    private final DingTalkWorkSettings settings;

    DingTalkWorkClient(DingTalkWorkSettings settings, ObjectMapper json, Clock clock) {
        super(settings.timeout(), json, clock);
        this.settings = settings;
    }

    @Override
    protected HttpRequest.Builder tokenRequest() {
        return HttpRequest.newBuilder(uri("/gettoken?appkey=" + encode(settings.appKey()) + "&appsecret="
                + encode(settings.appSecret()))).GET();
    }

    @Override
    protected FailureClass classify(int errcode, String errmsg) {
        return CREDENTIALS.contains(errcode) ? FailureClass.AUTHENTICATION : DingTalkErrors.classify(errcode, errmsg);
    }

    @Override
    protected Set<String> expiredTokenCodes() {
        return TOKEN_EXPIRED;
    }

    Outcome send(DingTalkWorkNotice notice) {
        Map<String, Object> body = notice.body(settings.agentId());
        return withToken(accessToken -> {
            JsonNode answer = call(HttpRequest.newBuilder(uri("/topapi/message/corpconversation/asyncsend_v2"
                            + "?access_token=" + encode(accessToken)))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)));
            return Outcome.success("task " + answer.path("task_id").asText());
        });
    }

    private URI uri(String pathAndQuery) {
        return URI.create(settings.baseUrl().toString().replaceAll("/+$", "") + pathAndQuery);
    }
}
