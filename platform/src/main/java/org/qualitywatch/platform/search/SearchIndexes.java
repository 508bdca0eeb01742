package org.qualitywatch.platform.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Installs the index templates modules declare. Elasticsearch may be down when the application
 * boots, so declaring never fails: templates not yet installed are retried by
 * {@link #installPending()}, which the outbox drainer calls before each pass, and no document is
 * written to an index whose template is not in place.
 */
@ApplicationScoped
public class SearchIndexes {

    private static final Logger LOG = Logger.getLogger(SearchIndexes.class.getName());

    @Inject
    SearchClient search;

    private final List<IndexTemplate> declared = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> installed = new ConcurrentHashMap<>();

    public void declare(IndexTemplate template) {
        if (declared.stream().noneMatch(t -> t.logicalName().equals(template.logicalName()))) {
            declared.add(template);
        }
        installPending();
    }

    public List<IndexTemplate> declared() {
        return List.copyOf(declared);
    }

    /** @return true when every declared template is installed */
    public boolean installPending() {
        boolean all = true;
        for (IndexTemplate template : declared) {
            if (installed.containsKey(template.logicalName())) {
                continue;
            }
            try {
                install(template);
                installed.put(template.logicalName(), Boolean.TRUE);
            } catch (IOException | RuntimeException e) {
                all = false;
                LOG.log(Level.FINE, "Index template " + template.logicalName() + " not installed yet", e);
            }
        }
        return all;
    }

    public boolean isInstalled(String logicalName) {
        return installed.containsKey(logicalName);
    }

    /** Forgets what was installed, e.g. after Elasticsearch lost its data, so templates are put again. */
    public void reset() {
        installed.clear();
    }

    private void install(IndexTemplate template) throws IOException {
        IndexNames names = search.indexNames();
        ObjectNode body = search.objectMapper().createObjectNode();
        body.putArray("index_patterns").add(names.pattern(template.logicalName()));
        body.put("priority", 100);
        ObjectNode inner = body.putObject("template");
        JsonNode definition = readDefinition(template);
        ObjectNode settings = definition.has("settings") ? ((ObjectNode) definition.get("settings")).deepCopy()
                : search.objectMapper().createObjectNode();
        if (!settings.has("number_of_replicas")) {
            settings.put("number_of_replicas", search.replicas());
        }
        inner.set("settings", settings);
        if (definition.has("mappings")) {
            inner.set("mappings", definition.get("mappings"));
        }
        inner.putObject("aliases").putObject(names.alias(template.logicalName()));
        String json = search.objectMapper().writeValueAsString(body);
        search.client().indices().putIndexTemplate(p -> p.name(names.alias(template.logicalName()))
                .withJson(new StringReader(json)));
        LOG.info(() -> "Index template " + names.alias(template.logicalName()) + " installed");
    }

    private JsonNode readDefinition(IndexTemplate template) throws IOException {
        try (InputStream in = template.loader().getResourceAsStream(template.resourcePath())) {
            if (in == null) {
                throw new IllegalStateException("Index definition " + template.resourcePath() + " not found");
            }
            return search.objectMapper().readTree(in);
        }
    }
}
