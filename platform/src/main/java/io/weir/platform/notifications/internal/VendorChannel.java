package io.weir.platform.notifications.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.FailureClass;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import io.weir.platform.notifications.Recipient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * What every vendor channel (WeCom, DingTalk, SMS) does the same way: an unconfigured channel skips, a request that
 * breaks the vendor's contract is refused before it is sent, and a request that got no answer is a network failure.
 * A subclass builds the request and reads the vendor's answer, which is where the vendors differ.
 */
public abstract class VendorChannel implements NotificationChannel {

    private final String id;
    private final Duration timeout;
    private final HttpClient http;
    protected final ObjectMapper json;

    protected VendorChannel(String id, Duration timeout, ObjectMapper json) {
        this.id = id;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
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

    protected final DeliveryResult refused(List<String> violations) {
        return failed(FailureClass.PARAMETER, "contract", "refused before sending: " + String.join("; ", violations));
    }

    /** Sends the request and lets {@code reader} judge the answer; no answer at all is a network failure. */
    protected final DeliveryResult exchange(HttpRequest.Builder request, AnswerReader reader) {
        try {
            HttpResponse<String> response = http.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return reader.read(response);
        } catch (JsonProcessingException unreadable) {
            return failed(FailureClass.VENDOR, null, "unreadable answer");
        } catch (IOException unreachable) {
            return failed(FailureClass.NETWORK, null, unreachable.getClass().getSimpleName() + ": "
                    + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return failed(FailureClass.NETWORK, null, "interrupted");
        }
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

    protected static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Reads one vendor answer into a delivery result. */
    @FunctionalInterface
    protected interface AnswerReader {
        DeliveryResult read(HttpResponse<String> response) throws IOException;
    }
}
