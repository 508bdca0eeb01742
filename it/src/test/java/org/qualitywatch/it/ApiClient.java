package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A browser-like API caller: keeps the session cookie and sends the CSRF token like the UI does. */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String csrfToken;

    static ApiClient anonymous() {
        return new ApiClient();
    }

    static ApiClient loggedIn(String username) {
        return loggedIn(username, TestEnvironment.DEMO_PASSWORD);
    }

    static ApiClient loggedIn(String username, String password) {
        ApiClient client = new ApiClient();
        Response response = client.post("/api/auth/login", Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + response);
        }
        client.csrfToken = response.json().get("csrfToken").asText();
        return client;
    }

    void forgetCsrfToken() {
        csrfToken = null;
    }

    Response get(String path) {
        return send(builder(path).GET().build());
    }

    Response post(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))).build());
    }

    Response put(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))).build());
    }

    Response delete(String path) {
        return send(builder(path).DELETE().build());
    }

    Response postRaw(String path, String contentType, String body) {
        return send(builder(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** multipart/form-data with an audio file part "file" and a JSON part "metadata". */
    Response upload(String path, java.nio.file.Path file, String metadataJson) {
        String boundary = "qw" + System.nanoTime();
        try {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                    + "Content-Type: application/json\r\n\r\n" + metadataJson + "\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
            body.write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.write(java.nio.file.Files.readAllBytes(file));
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** multipart/form-data with a file part "file" and text parts. */
    Response uploadFile(String path, String fileName, byte[] content, java.util.Map<String, String> fields) {
        String boundary = "qw" + System.nanoTime();
        try {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            for (var field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A binary download (e.g. an XLSX export): status and body bytes. */
    HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response getWithHeader(String path, String header, String value) {
        return send(builder(path).header(header, value).GET().build());
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(TestEnvironment.baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        if (csrfToken != null) {
            builder.header("X-CSRF-Token", csrfToken);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String toJson(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Response(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
