package org.qualitywatch.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessControlIT {

    @ParameterizedTest
    @ValueSource(strings = {"/api/auth/me", "/api/admin/users"})
    void anonymousCallsToProtectedEndpointsGet401ProblemDetails(String path) {
        ApiClient.Response response = ApiClient.anonymous().get(path);
        assertEquals(401, response.status(), response.toString());
        assertTrue(response.isProblem(), response.contentType());
        assertEquals(401, response.json().get("status").asInt());
        assertTrue(response.json().get("detail").asText().contains("Log in"));
    }

    @Test
    void healthAndLoginArePublic() {
        ApiClient.Response health = ApiClient.anonymous().get("/api/health");
        assertTrue(health.status() == 200 || health.status() == 503, health.toString());
        assertTrue(health.json().has("checks"));
        ApiClient.Response login = ApiClient.anonymous().post("/api/auth/login",
                Map.of("username", "admin", "password", "wrong-password"));
        assertEquals(401, login.status());
        assertTrue(login.isProblem());
        assertEquals("Wrong user name or password.", login.json().get("detail").asText());
    }

    @Test
    void publicSupervisorCallingAnAdminEndpointGets403() {
        ApiClient.Response response = ApiClient.loggedIn("supervisor").get("/api/admin/users");
        assertEquals(403, response.status(), response.toString());
        assertTrue(response.isProblem());
    }

    @Test
    void administratorListsUsersWithTheirRoles() {
        ApiClient.Response response = ApiClient.loggedIn("admin").get("/api/admin/users");
        assertEquals(200, response.status(), response.toString());
        boolean supervisorListed = false;
        for (var user : response.json()) {
            if (user.get("username").asText().equals("supervisor")) {
                supervisorListed = true;
                assertEquals("PUBLIC_SUPERVISOR", user.get("roles").get(0).asText());
            }
            assertFalse(user.has("passwordHash"), "password hashes never leave the server");
        }
        assertTrue(supervisorListed);
    }

    @Test
    void meDescribesTheLoggedInUser() {
        ApiClient.Response me = ApiClient.loggedIn("agent").get("/api/auth/me");
        assertEquals(200, me.status());
        assertEquals("agent", me.json().get("username").asText());
        assertEquals("AGENT", me.json().get("roles").get(0).asText());
        assertEquals("1006", me.json().get("agentId").asText());
    }

    @Test
    void stateChangingRequestsWithoutTheCsrfTokenAreRefused() {
        ApiClient client = ApiClient.loggedIn("manager");
        client.forgetCsrfToken();
        ApiClient.Response response = client.post("/api/auth/logout", "");
        assertEquals(403, response.status(), response.toString());
        assertTrue(response.json().get("detail").asText().contains("CSRF"));
        assertEquals(200, client.get("/api/auth/me").status(), "the session survived the refused logout");
    }

    @Test
    void logoutEndsTheSession() {
        ApiClient client = ApiClient.loggedIn("qalead");
        assertEquals(204, client.post("/api/auth/logout", "").status());
        assertEquals(401, client.get("/api/auth/me").status());
    }
}
