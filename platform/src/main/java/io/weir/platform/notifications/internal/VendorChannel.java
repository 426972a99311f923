package io.weir.platform.notifications.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import io.weir.platform.notifications.Recipient;
import io.weir.platform.notifications.SandboxCheck;
import io.weir.platform.notifications.SettingField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What every vendor channel (WeCom, DingTalk, SMS) does the same way: an unconfigured channel skips, a request that
 * breaks the vendor's contract is refused before it is sent, and a request that got no answer is a network failure.
 * A subclass builds the request and reads the vendor's answer, which is where the vendors differ.
 */
public abstract class VendorChannel<S extends VendorSettings<S>> implements NotificationChannel, ConfigurableChannel {

    private final String id;
    private final HttpClient http;
    protected final ObjectMapper json;
    private volatile S settings;

    protected VendorChannel(String id, S settings, ObjectMapper json) {
        this.id = id;
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    /** The settings in force; read once per delivery, as an edit may replace them at any time. */
    protected final S settings() {
        return settings;
    }

    @Override
    public final boolean isConfigured() {
        return settings.configured();
    }

    @Override
    public final List<SettingField> settingFields() {
        return settings.fields();
    }

    @Override
    public final Map<String, String> settingValues() {
        return settings.values();
    }

    @Override
    public final boolean configures(Map<String, String> values) {
        return settings.with(new SettingValues(values)).configured();
    }

    @Override
    public final void apply(SettingValues values) {
        S edited = settings.with(values);
        applying(edited);
        settings = edited;
    }

    /** Called with new settings just before they are in force, for what a channel keeps derived from them. */
    protected void applying(S edited) {
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final DeliveryResult deliver(Recipient recipient, Notification notification) {
        if (!isConfigured()) {
            return DeliveryResult.skipped(id, "not configured");
        }
        return send(recipient, notification);
    }

    /** Sends to a configured vendor; never throws for a failed delivery. */
    protected abstract DeliveryResult send(Recipient recipient, Notification notification);

    protected final DeliveryResult delivered() {
        return DeliveryResult.delivered(id);
    }

    protected final DeliveryResult failed(FailureClass failureClass, String vendorCode, String message) {
        return DeliveryResult.failed(id, failureClass, vendorCode, message);
    }

    /** A token API's outcome as a delivery result. */
    protected final DeliveryResult result(TokenApi.Outcome outcome) {
        return outcome.ok() ? delivered() : failed(outcome.failureClass(), outcome.code(), outcome.message());
    }

    /** The probe of a token API: a fresh token shows a revoked secret or a changed IP whitelist without traffic. */
    protected final java.util.Optional<DeliveryResult> probeToken(TokenApi api) {
        TokenApi.Outcome outcome = api.checkCredentials();
        return java.util.Optional.of(outcome.ok() ? delivered() : failed(outcome.failureClass(), outcome.code(),
                "probe: " + outcome.message()));
    }

    protected final DeliveryResult refused(List<String> violations) {
        return failed(FailureClass.PARAMETER, "contract", "refused before sending: " + String.join("; ", violations));
    }

    /** Sends the request and lets {@code reader} judge the answer; no answer at all is a network failure. */
    protected final DeliveryResult exchange(HttpRequest.Builder request, AnswerReader reader) {
        try {
            HttpResponse<String> response = http.send(request.timeout(settings.timeout()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return reader.read(response);
        } catch (JsonProcessingException unreadable) {
            return failed(FailureClass.VENDOR, null, "unreadable answer");
        } catch (IOException unreachable) {
            return failed(FailureClass.NETWORK, null, VendorChannel.describe(unreachable));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return failed(FailureClass.NETWORK, null, "interrupted");
        }
    }

    /**
     * The sandbox step for a vendor without a read-only call: the host answers at all (any HTTP status will do), so a
     * wrong address or a firewall shows before the first alert needs the channel.
     */
    protected final SandboxCheck.Step reach(URI host, String field) {
        DeliveryResult reached = exchange(HttpRequest.newBuilder(host).method("HEAD", HttpRequest.BodyPublishers.noBody()),
                response -> delivered());
        String call = "HEAD " + host;
        return reached.delivered() ? SandboxCheck.Step.passed(call, field, "notifications.check.host-answers")
                : SandboxCheck.Step.failed(call, field, reached.failureClass(), reached.vendorCode(), reached.detail());
    }

    /**
     * Reads the answer of a robot webhook (WeCom, DingTalk): HTTP 200 with {@code errcode} 0 is delivered; any other
     * code is a failure classified by the vendor's table, with the code and {@code errmsg}.
     */
    protected final DeliveryResult readErrcode(HttpResponse<String> response, ErrcodeTable table) throws IOException {
        if (response.statusCode() != 200) {
            return failedWithStatus(response);
        }
        JsonNode answer = json.readTree(response.body());
        int errcode = answer.path("errcode").asInt(-1);
        if (errcode == 0) {
            return delivered();
        }
        String errmsg = answer.path("errmsg").asText("");
        return failed(table.classify(errcode, errmsg), Integer.toString(errcode), errmsg);
    }

    /** A vendor's error codes by what they mean for delivery. */
    @FunctionalInterface
    protected interface ErrcodeTable {
        FailureClass classify(int errcode, String errmsg);
    }

    /** The failure an HTTP status other than 200 means when the body carries no vendor code. */
    protected final DeliveryResult failedWithStatus(HttpResponse<String> response) {
        int status = response.statusCode();
        FailureClass failure = status >= 500 ? FailureClass.VENDOR
                : status == 429 ? FailureClass.RATE_LIMITED
                : status == 401 || status == 403 ? FailureClass.AUTHENTICATION : FailureClass.PARAMETER;
        return failed(failure, "HTTP " + status, abbreviate(response.body()));
    }

    protected final String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** The answer as JSON, or {@code null} when it is not JSON (a gateway's HTML error page, say). */
    protected final JsonNode readJsonOrNull(String body) {
        try {
            return json.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** A transport failure as the light and the logs show it; the JDK's client often leaves the message empty. */
    static String describe(IOException unreachable) {
        String message = unreachable.getMessage() == null && unreachable.getCause() != null
                ? unreachable.getCause().getMessage() : unreachable.getMessage();
        return unreachable.getClass().getSimpleName() + (message == null ? " (no answer)" : ": " + message);
    }

    protected static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Reads one vendor answer into a delivery result. */
    @FunctionalInterface
    protected interface AnswerReader {
        DeliveryResult read(HttpResponse<String> response) throws IOException;
    }
}
