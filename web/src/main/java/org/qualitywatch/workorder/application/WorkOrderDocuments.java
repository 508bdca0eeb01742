package org.qualitywatch.workorder.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.search.IndexTemplate;
import org.qualitywatch.platform.search.OutboxEntry;
import org.qualitywatch.platform.search.SearchClient;
import org.qualitywatch.platform.search.SearchIndexes;
import org.qualitywatch.platform.search.SearchOutbox;
import org.qualitywatch.recording.application.RecordingSettings;
import org.qualitywatch.recording.domain.PhoneNumbers;
import org.qualitywatch.workorder.domain.WorkOrder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the search document of a work order and queues it in the platform's outbox, inside the
 * transaction that changed the order. The order's {@code version} is the external version, so a
 * document drained late never overwrites a newer one; documents go to the month of acceptance.
 */
@ApplicationScoped
public class WorkOrderDocuments {

    public static final String INDEX = "work-orders";

    @Inject
    SearchClient search;

    @Inject
    SearchOutbox outbox;

    @Inject
    SearchIndexes indexes;

    // the same key as the recordings index, so one number hashes alike in both
    private final String phoneHashKey = RecordingSettings.fromEnvironment().phoneHashKey();

    public void declareIndex() {
        indexes.declare(new IndexTemplate(INDEX, "search/work-orders-index.json",
                WorkOrderDocuments.class.getClassLoader()));
    }

    public String alias() {
        return search.indexNames().alias(INDEX);
    }

    public String indexOf(WorkOrder order) {
        return search.indexNames().monthlyIndex(INDEX, order.acceptedAt());
    }

    public String json(WorkOrder order) {
        return json(order, search.objectMapper(), phoneHashKey);
    }

    /**
     * Queues the current state of the order. When a corrected export moved its acceptance to
     * another month, the copy in the old month's index is deleted at the same version.
     *
     * @param storedAcceptedAt acceptance time as it was before this change (null for a new order)
     */
    public void enqueue(WorkOrder order, Instant storedAcceptedAt) {
        String index = indexOf(order);
        String id = String.valueOf(order.id());
        List<OutboxEntry> entries = new ArrayList<>();
        entries.add(OutboxEntry.index(index, id, json(order), order.version()));
        if (storedAcceptedAt != null) {
            String before = search.indexNames().monthlyIndex(INDEX, storedAcceptedAt);
            if (!before.equals(index)) {
                entries.add(OutboxEntry.delete(before, id, order.version()));
            }
        }
        outbox.enqueue(entries);
    }

    static String json(WorkOrder o, ObjectMapper mapper, String phoneHashKey) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("id", o.id());
        doc.put("source", o.source());
        doc.put("number", o.number());
        doc.put("channel", o.channel() == null ? null : o.channel().name());
        doc.put("customerId", o.customerId());
        // like recordings: the number is searchable by its keyed hash but not stored in the index
        doc.put("customerPhoneHash", PhoneNumbers.searchHash(o.customerPhone(), phoneHashKey));
        doc.put("businessLine", o.businessLine());
        doc.put("type", o.type().name());
        List<String> category = o.category();
        for (int level = 1; level <= 3; level++) {
            doc.put("category" + level, category.size() >= level ? category.get(level - 1) : null);
        }
        doc.put("district", o.district());
        doc.put("department", o.department());
        doc.put("status", o.status().name());
        date(doc, "acceptedAt", o.acceptedAt());
        date(doc, "dispatchedAt", o.dispatchedAt());
        date(doc, "contactedAt", o.contactedAt());
        date(doc, "resolvedAt", o.resolvedAt());
        date(doc, "calledBackAt", o.calledBackAt());
        date(doc, "archivedAt", o.archivedAt());
        date(doc, "dueAt", o.dueAt());
        doc.put("dueStage", o.dueStage());
        ArrayNode callIds = doc.putArray("callIds");
        o.callIds().forEach(callIds::add);
        doc.put("firstReceiverAgentId", o.firstReceiverAgentId());
        doc.put("firstReceiverName", o.firstReceiverName());
        doc.put("description", o.description());
        List<String> text = new ArrayList<>();
        for (String s : new String[]{o.number(), o.customerId(), o.firstReceiverName(), o.description()}) {
            if (s != null && !s.isBlank()) {
                text.add(s);
            }
        }
        doc.put("searchText", String.join(" ", text));
        try {
            return mapper.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void date(ObjectNode doc, String field, Instant value) {
        doc.put(field, value == null ? null : value.toString());
    }
}
