package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemDetailsIT {

    @Test
    void validationErrorsNameTheField() {
        ApiClient.Response response = ApiClient.anonymous().post("/api/auth/login", Map.of("username", "admin"));
        assertEquals(400, response.status(), response.toString());
        assertTrue(response.isProblem());
        JsonNode errors = response.json().get("errors");
        assertEquals(1, errors.size(), response.body());
        assertEquals("password", errors.get(0).get("field").asText());
    }

    @Test
    void malformedJsonIsA400WithoutInternals() {
        ApiClient.Response response = ApiClient.anonymous().postRaw("/api/auth/login", "application/json",
                "{\"username\": \"admin\", ");
        assertEquals(400, response.status(), response.toString());
        assertTrue(response.isProblem());
        assertFalse(response.body().contains("at org."), "no stack trace in the answer");
    }

    @Test
    void wrongMediaTypeIsExplained() {
        ApiClient.Response response = ApiClient.anonymous().postRaw("/api/auth/login", "text/plain", "admin");
        assertEquals(415, response.status(), response.toString());
        assertTrue(response.isProblem());
    }

    @Test
    void unknownApiPathsAre404Problems() {
        ApiClient.Response response = ApiClient.loggedIn("admin").get("/api/no-such-thing");
        assertEquals(404, response.status());
        assertTrue(response.isProblem(), response.toString());
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        ApiClient.Response response = ApiClient.anonymous().get("/openapi?format=JSON");
        assertEquals(200, response.status());
        JsonNode paths = response.json().get("paths");
        assertTrue(paths.has("/api/health"), response.body());
        assertTrue(paths.has("/api/auth/login"));
    }

    @Test
    void responsesCarrySecurityHeaders() {
        ApiClient.Response response = ApiClient.anonymous().get("/");
        assertEquals(200, response.status());
        String csp = response.raw().headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertEquals("nosniff", response.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void deepLinksToUiPagesServeTheApp() {
        ApiClient.Response response = ApiClient.anonymous().get("/admin/users");
        assertEquals(200, response.status());
        assertTrue(response.body().contains("<div id=\"app\""), response.body());
    }
}
