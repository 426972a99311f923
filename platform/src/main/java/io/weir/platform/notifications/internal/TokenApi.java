package io.weir.platform.notifications.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.FailureClass;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A vendor server API behind an access token (WeCom applications, DingTalk work notifications): the token is fetched
 * with the app's credentials, cached, refreshed five minutes before it expires and once more when the server says it
 * expired. Every answer is read for {@code errcode}: HTTP 200 with a non-zero code is a failure, classified by the
 * vendor's table.
 */
public abstract class TokenApi {

    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    /** The outcome of one call: ok (with what the vendor said), or the failure's class with its code and message. */
    public record Outcome(boolean ok, FailureClass failureClass, String code, String message) {

        public static Outcome success(String detail) {
            return new Outcome(true, null, null, detail);
        }

        public static Outcome failure(FailureClass failureClass, String code, String message) {
            return new Outcome(false, failureClass, code, message);
        }
    }

    private record Token(String value, Instant expiresAt) {
    }

    private final Duration timeout;
    private final HttpClient http;
    protected final ObjectMapper json;
    private final Clock clock;
    private volatile Token token;

    protected TokenApi(Duration timeout, ObjectMapper json, Clock clock) {
        this.timeout = timeout;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The request that issues a token for the app's credentials. */
    protected abstract HttpRequest.Builder tokenRequest();

    /** The vendor's error codes by what they mean for delivery. */
    protected abstract FailureClass classify(int errcode, String errmsg);

    /** The codes after which a fresh token should be fetched and the call tried once more. */
    protected abstract Set<String> expiredTokenCodes();

    /** Fetches a fresh access token: proves the credentials are still accepted, without sending a message. */
    public Outcome checkCredentials() {
        return guarded(() -> {
            accessToken(true);
            return Outcome.success("access token issued");
        });
    }

    /** Runs {@code call} with a token, and once more with a fresh one when the vendor says the token expired. */
    protected final Outcome withToken(TokenCall call) {
        Outcome first = guarded(() -> call.run(accessToken(false)));
        if (!first.ok() && first.code() != null && expiredTokenCodes().contains(first.code())) {
            return guarded(() -> call.run(accessToken(true)));
        }
        return first;
    }

    /** Runs calls to the vendor; a refusal read from an answer, or no answer at all, becomes the failed outcome. */
    protected static Outcome guarded(VendorCalls calls) {
        try {
            return calls.run();
        } catch (VendorRefusal refusal) {
            return refusal.outcome;
        } catch (IOException unreachable) {
            return Outcome.failure(FailureClass.NETWORK, null, VendorChannel.describe(unreachable));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Outcome.failure(FailureClass.NETWORK, null, "interrupted");
        }
    }

    @FunctionalInterface
    protected interface VendorCalls {
        Outcome run() throws IOException, InterruptedException;
    }

    @FunctionalInterface
    protected interface TokenCall {
        Outcome run(String accessToken) throws IOException, InterruptedException;
    }

    protected final String accessToken(boolean fresh) throws IOException, InterruptedException {
        Token current = token;
        if (!fresh && current != null && clock.instant().isBefore(current.expiresAt().minus(REFRESH_MARGIN))) {
            return current.value();
        }
        JsonNode answer = call(tokenRequest());
        Token fetched = new Token(answer.path("access_token").asText(),
                clock.instant().plusSeconds(answer.path("expires_in").asLong(7200)));
        token = fetched;
        return fetched.value();
    }

    /** Sends a request and returns its JSON answer when errcode is 0; otherwise throws the classified refusal. */
    protected final JsonNode call(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            int status = response.statusCode();
            FailureClass failure = status == 429 ? FailureClass.RATE_LIMITED
                    : status == 401 || status == 403 ? FailureClass.AUTHENTICATION
                    : status >= 500 ? FailureClass.VENDOR : FailureClass.PARAMETER;
            throw new VendorRefusal(Outcome.failure(failure, "HTTP " + status, abbreviate(response.body())));
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
            String errmsg = answer.path("errmsg").asText("");
            throw new VendorRefusal(Outcome.failure(classify(errcode, errmsg), Integer.toString(errcode), errmsg));
        }
        return answer;
    }

    protected static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
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
