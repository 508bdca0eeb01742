package org.qualitywatch.complaint.infrastructure.cityhotline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The platform's HTTP API as the connector sees it (docs/city-hotline-connector.md): timeouts on every call. */
final class CityHotlineClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer that is not 2xx: retried unless it is a client error other than 408 and 429. */
    static final class PlatformError extends IOException {
        final int status;

        PlatformError(int status, String message) {
            super(message);
            this.status = status;
        }

        boolean permanent() {
            return status >= 400 && status < 500 && status != 408 && status != 429;
        }
    }

    private final HttpClient http;
    private final String baseUrl;
    private final String token;
    private final Duration timeout;

    CityHotlineClient(String baseUrl, String token, Duration timeout) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.timeout = timeout;
        http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** GET /orders?after=cursor&limit=n → {orders: [...], cursor}. */
    JsonNode orders(String cursor, int limit) throws IOException, InterruptedException {
        String query = "?limit=" + limit + (cursor == null ? "" : "&after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        return send(request("/orders" + query).GET().build());
    }

    /** POST to an order's ack / replies / close with the idempotency key; the answer's body when 2xx. */
    JsonNode post(String orderId, String action, String idempotencyKey, JsonNode body)
            throws IOException, InterruptedException {
        return send(request("/orders/" + URLEncoder.encode(orderId, StandardCharsets.UTF_8).replace("+", "%20") + "/" + action)
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header(CityHotlineSettings.TOKEN_HEADER, token).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body();
            throw new PlatformError(response.statusCode(), request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + (body.isBlank() ? "" : ": " + body.substring(0, Math.min(300, body.length()))));
        }
        return response.body() == null || response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
