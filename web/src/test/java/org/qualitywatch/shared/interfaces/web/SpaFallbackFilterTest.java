package org.qualitywatch.shared.interfaces.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpaFallbackFilterTest {

    @Test
    void uiPathsAreServedTheApp() {
        assertTrue(SpaFallbackFilter.isUiRoute("/admin/users"));
        assertTrue(SpaFallbackFilter.isUiRoute("/recordings/42"));
    }

    @Test
    void apiCallsFilesAndTheRootAreLeftAlone() {
        assertFalse(SpaFallbackFilter.isUiRoute("/"));
        assertFalse(SpaFallbackFilter.isUiRoute("/api/health"));
        assertFalse(SpaFallbackFilter.isUiRoute("/openapi"));
        assertFalse(SpaFallbackFilter.isUiRoute("/assets/index-abc.js"));
        assertFalse(SpaFallbackFilter.isUiRoute("/favicon.svg"));
    }
}
