package io.weir.platform.notifications.internal.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.internal.TokenApi;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;

/**
 * Talks to the WeCom server API: the access token from corp id and secret, application messages, and the application
 * itself for the sandbox check. A receiver listed in {@code invaliduser} is a failure too.
 */
class WeComClient extends TokenApi {

    private final WeComSettings settings;

    WeComClient(WeComSettings settings, ObjectMapper json, Clock clock) {
        super(settings.timeout(), json, clock);
        this.settings = settings;
    }

    WeComSettings settings() {
        return settings;
    }

    @Override
    protected HttpRequest.Builder tokenRequest() {
        return HttpRequest.newBuilder(uri("/cgi-bin/gettoken?corpid=" + encode(settings.corpId()) + "&corpsecret="
                + encode(settings.secret()))).GET();
    }

    @Override
    protected FailureClass classify(int errcode, String errmsg) {
        return WeComErrors.classify(errcode);
    }

    @Override
    protected Set<String> expiredTokenCodes() {
        return WeComErrors.TOKEN_EXPIRED;
    }

    Outcome send(WeComAppMessage message) {
        return withToken(accessToken -> {
            JsonNode answer = call(HttpRequest.newBuilder(uri("/cgi-bin/message/send?access_token=" + encode(accessToken)))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message.body()),
                            StandardCharsets.UTF_8)));
            String invalid = answer.path("invaliduser").asText("");
            if (!invalid.isBlank()) {
                return Outcome.failure(FailureClass.PARAMETER, "invaliduser", "unknown or unauthorised UserID: " + invalid);
            }
            return Outcome.success(null);
        });
    }

    /** The application as {@code agent/get} describes it. */
    record Agent(String name, boolean closed, int members, int departments) {
    }

    /** The outcome of reading the application, and the application when it could be read. */
    record AgentAnswer(Outcome outcome, Agent agent) {
    }

    /**
     * Reads the application the settings name ({@code agent/get}): proves the AgentId exists and the secret belongs to
     * it, without sending a message.
     */
    AgentAnswer describeAgent() {
        Agent[] read = new Agent[1];
        Outcome outcome = guarded(() -> {
            String accessToken = accessToken(true);
            JsonNode agent = call(HttpRequest.newBuilder(uri("/cgi-bin/agent/get?access_token=" + encode(accessToken)
                    + "&agentid=" + settings.agentId())).GET());
            read[0] = new Agent(agent.path("name").asText(), agent.path("close").asInt(0) == 1,
                    agent.path("allow_userinfos").path("user").size(), agent.path("allow_partys").path("partyid").size());
            return Outcome.success(null);
        });
        return new AgentAnswer(outcome, read[0]);
    }

    private URI uri(String pathAndQuery) {
        return URI.create(settings.baseUrl().toString().replaceAll("/+$", "") + pathAndQuery);
    }
}
