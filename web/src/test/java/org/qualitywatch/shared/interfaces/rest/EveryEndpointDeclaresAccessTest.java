package org.qualitywatch.shared.interfaces.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Default deny is a safety net; this test makes sure no endpoint relies on it by accident. */
class EveryEndpointDeclaresAccessTest {

    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() throws Exception {
        List<String> undeclared = new ArrayList<>();
        List<Class<?>> resources = resourceClasses();
        assertTrue(resources.size() >= 3, "expected to find the REST resources, found " + resources);
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                boolean endpoint = HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent);
                if (endpoint && AccessControlFilter.AccessRule.of(method, resource)
                        == AccessControlFilter.AccessRule.UNDECLARED) {
                    undeclared.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), undeclared, "endpoints without @PermitAll, @RolesAllowed or @DenyAll");
    }

    static List<Class<?>> resourceClasses() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, EveryEndpointDeclaresAccessTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
