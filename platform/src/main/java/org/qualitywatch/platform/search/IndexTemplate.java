package org.qualitywatch.platform.search;

/**
 * A logical index a module owns, with its settings and mappings kept as a JSON resource
 * ({@code {"settings": {...}, "mappings": {...}}}) in that module.
 *
 * @param logicalName  e.g. {@code recordings}
 * @param resourcePath class-path location of the JSON
 * @param loader       class loader of the owning module
 */
public record IndexTemplate(String logicalName, String resourcePath, ClassLoader loader) {
}
