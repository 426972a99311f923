package io.weir.platform.notifications.internal.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.FailureClass;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Talks to the WeCom server API: fetches the access token (cached, refreshed five minutes before it expires, and once
 * more when the server says it expired) and sends application messages. Every answer is read for {@code errcode}: HTTP
 * 200 with a non-zero code is a failure, and so is a receiver listed in {@code invaliduser}.
 */
class WeComClient {

    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    /** The outcome of one call: ok, or the failure's class with the vendor's code and message. */
    record Outcome(boolean ok, FailureClass failureClass, String code, String message) {

        static Outcome success() {
            return new Outcome(true, null, null, null);
        }

        static Outcome success(String detail) {
            return new Outcome(true, null, null, detail);
        }

        static Outcome failure(FailureClass failureClass, String code, String message) {
            return new Outcome(false, failureClass, code, message);
        }
    }

    private record Token(String value, Instant expiresAt) {
    }

    private final WeComSettings settings;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile Token token;

    WeComClient(WeComSettings settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    WeComSettings settings() {
        return settings;
    }

    Outcome send(WeComAppMessage message) {
        Outcome first = sendOnce(message, false);
        if (!first.ok() && first.code() != null && WeComErrors.TOKEN_EXPIRED.contains(first.code())) {
            return sendOnce(message, true);
        }
        return first;
    }

    private Outcome sendOnce(WeComAppMessage message, boolean freshToken) {
        return guarded(() -> {
            String accessToken = accessToken(freshToken);
            JsonNode answer = call(HttpRequest.newBuilder(uri("/cgi-bin/message/send?access_token=" + encode(accessToken)))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message.body()),
                            StandardCharsets.UTF_8)));
            String invalid = answer.path("invaliduser").asText("");
            if (!invalid.isBlank()) {
                return Outcome.failure(FailureClass.PARAMETER, "invaliduser", "unknown or unauthorised UserID: " + invalid);
            }
            return Outcome.success();
        });
    }

    /** Fetches a fresh access token: proves the corp id and secret are still accepted, without sending a message. */
    Outcome checkCredentials() {
        return guarded(() -> {
            accessToken(true);
            return Outcome.success();
        });
    }

    /**
     * Reads the application the settings name ({@code agent/get}): proves the AgentId exists and the secret belongs to
     * it, without sending a message. The outcome carries the application's name and how many members it may reach.
     */
    Outcome describeAgent() {
        return guarded(() -> {
            String accessToken = accessToken(true);
            JsonNode agent = call(HttpRequest.newBuilder(uri("/cgi-bin/agent/get?access_token=" + encode(accessToken)
                    + "&agentid=" + settings.agentId())).GET());
            if (agent.path("close").asInt(0) == 1) {
                return Outcome.failure(FailureClass.PARAMETER, "close", "the application \""
                        + agent.path("name").asText() + "\" is disabled in the WeCom admin console");
            }
            return Outcome.success("\"" + agent.path("name").asText() + "\", visible to "
                    + agent.path("allow_userinfos").path("user").size() + " members and "
                    + agent.path("allow_partys").path("partyid").size() + " departments");
        });
    }

    /** Runs calls to the vendor; a refusal read from an answer, or no answer at all, becomes the failed outcome. */
    private static Outcome guarded(VendorCalls calls) {
        try {
            return calls.run();
        } catch (VendorRefusal refusal) {
            return refusal.outcome;
        } catch (IOException unreachable) {
            return Outcome.failure(FailureClass.NETWORK, null, unreachable.getClass().getSimpleName() + ": "
                    + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Outcome.failure(FailureClass.NETWORK, null, "interrupted");
        }
    }

    @FunctionalInterface
    private interface VendorCalls {
        Outcome run() throws IOException, InterruptedException;
    }

    private String accessToken(boolean fresh) throws IOException, InterruptedException {
        Token current = token;
        if (!fresh && current != null && clock.instant().isBefore(current.expiresAt().minus(REFRESH_MARGIN))) {
            return current.value();
        }
        JsonNode answer = call(HttpRequest.newBuilder(uri("/cgi-bin/gettoken?corpid=" + encode(settings.corpId())
                + "&corpsecret=" + encode(settings.secret() == null ? "" : settings.secret()))).GET());
        Token fetched = new Token(answer.path("access_token").asText(),
                clock.instant().plusSeconds(answer.path("expires_in").asLong(7200)));
        token = fetched;
        return fetched.value();
    }

    /** Sends a request and returns its JSON answer when errcode is 0; otherwise throws the classified refusal. */
    private JsonNode call(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(settings.timeout()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new VendorRefusal(Outcome.failure(WeComErrors.classifyStatus(response.statusCode()),
                    "HTTP " + response.statusCode(), abbreviate(response.body())));
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (IOException unreadable) {
            throw new VendorRefusal(Outcome.failure(FailureClass.VENDOR, null, "unreadable answer: "
                    + abbreviate(response.body())));
        }
        int errcode = answer.path("errcode").asInt(-1);
        if (errcode != 0) {
            throw new VendorRefusal(Outcome.failure(WeComErrors.classify(errcode), Integer.toString(errcode),
                    answer.path("errmsg").asText("")));
        }
        return answer;
    }

    private URI uri(String pathAndQuery) {
        String base = settings.baseUrl().toString().replaceAll("/+$", "");
        return URI.create(base + pathAndQuery);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** A refusal read from the vendor's answer, carried out of the call chain. */
    private static final class VendorRefusal extends IOException {

        private final transient Outcome outcome;

        VendorRefusal(Outcome outcome) {
            super(outcome.message());
            this.outcome = outcome;
        }
    }
}
