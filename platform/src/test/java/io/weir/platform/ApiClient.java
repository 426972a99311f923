package io.weir.platform;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls Weir's REST API over real HTTP as one signed-in user. */
public final class ApiClient {

    private final TestRestTemplate http;
    private final String username;
    private final String language;

    private ApiClient(TestRestTemplate http, String username, String language) {
        this.http = http;
        this.username = username;
        this.language = language;
    }

    public static ApiClient as(TestRestTemplate http, String username) {
        return new ApiClient(http, username, "zh-CN");
    }

    /** A client that sends no Accept-Language at all, as curl does. */
    public ApiClient withoutLanguage() {
        return new ApiClient(http, username, null);
    }

    public ApiClient inEnglish() {
        return new ApiClient(http, username, "en");
    }

    public ResponseEntity<Map> post(String path, Object body) {
        return post(path, body, null);
    }

    public ResponseEntity<Map> post(String path, Object body, String idempotencyKey) {
        HttpHeaders headers = headers();
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    public ResponseEntity<Map> put(String path, Object body) {
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers()), Map.class);
    }

    public ResponseEntity<Map> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), Map.class);
    }

    public ResponseEntity<Object> getAny(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), Object.class);
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        if (username != null) {
            headers.setBasicAuth(username, WeirIntegrationTest.PASSWORD);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return headers;
    }
}
