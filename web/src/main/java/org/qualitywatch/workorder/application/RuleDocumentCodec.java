package org.qualitywatch.workorder.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.qualitywatch.shared.domain.time.DeadlineSpec;
import org.qualitywatch.workorder.domain.StageDeadlines.Stage;
import org.qualitywatch.workorder.domain.WorkOrderType;
import org.qualitywatch.workorder.domain.callback.CallbackPlan;
import org.qualitywatch.workorder.domain.callback.CallbackRule;
import org.qualitywatch.workorder.domain.rules.CategoryTree;
import org.qualitywatch.workorder.domain.rules.DeadlineRule;
import org.qualitywatch.workorder.domain.rules.DeadlineRuleSet;
import org.qualitywatch.workorder.domain.rules.HolidayCalendar;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads and writes the rule documents as JSON. Reading checks every field and names the one at fault
 * ("rules[2].limit: ..."), so an editor can fix a rejected document without guessing.
 */
final class RuleDocumentCodec {

    private RuleDocumentCodec() {
    }

    /** A document that cannot be read; the message names the field. */
    static final class InvalidDocument extends IllegalArgumentException {
        InvalidDocument(String message) {
            super(message);
        }
    }

    static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    // ---------------------------------------------------------------- categories

    static CategoryTree categories(JsonObject body) {
        return new CategoryTree(nodes(array(body, "nodes", "nodes"), "nodes"));
    }

    private static List<CategoryTree.Node> nodes(JsonArray array, String path) {
        List<CategoryTree.Node> nodes = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonObject node = object(array.get(i), path + "[" + i + "]");
            String where = path + "[" + i + "]";
            JsonArray children = node.containsKey("children") && !node.isNull("children")
                    ? array(node, "children", where + ".children") : JsonValue.EMPTY_JSON_ARRAY;
            nodes.add(new CategoryTree.Node(string(node, "name", where + ".name"), nodes(children, where + ".children")));
        }
        return nodes;
    }

    static JsonObject json(CategoryTree tree) {
        return Json.createObjectBuilder().add("nodes", nodesJson(tree.nodes())).build();
    }

    private static JsonArrayBuilder nodesJson(List<CategoryTree.Node> nodes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        nodes.forEach(n -> array.add(Json.createObjectBuilder().add("name", n.name()).add("children", nodesJson(n.children()))));
        return array;
    }

    // ---------------------------------------------------------------- deadlines

    static DeadlineRuleSet deadlines(JsonObject body) {
        JsonArray array = array(body, "rules", "rules");
        List<DeadlineRule> rules = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonObject r = object(array.get(i), "rules[" + i + "]");
            String name = string(r, "name", "rules[" + i + "].name");
            String at = "rule \"" + name + "\"";
            DeadlineSpec limit;
            try {
                limit = DeadlineSpec.parse(string(r, "limit", at + ".limit"));
            } catch (IllegalArgumentException e) {
                throw new InvalidDocument(at + ", limit: " + e.getMessage());
            }
            try {
                rules.add(new DeadlineRule(name, enumValue(Stage.class, optionalString(r, "stage"), at + ".stage"),
                        strings(r, "businessLines", at), strings(r, "types", at).stream()
                        .map(t -> enumValue(WorkOrderType.class, t, at + ".types")).toList(),
                        strings(r, "categories", at),
                        optionalString(r, "area") == null ? null
                                : enumValue(DeadlineRule.Area.class, optionalString(r, "area"), at + ".area"),
                        r.containsKey("majorFault") && !r.isNull("majorFault")
                                ? bool(r.get("majorFault"), at + ".majorFault") : null, limit));
            } catch (InvalidDocument e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new InvalidDocument(e.getMessage());
            }
        }
        return new DeadlineRuleSet(rules, strings(body, "ruralDistricts", "document"),
                strings(body, "majorFaultCategories", "document"));
    }

    static JsonObject json(DeadlineRuleSet set) {
        JsonArrayBuilder rules = Json.createArrayBuilder();
        for (DeadlineRule r : set.rules()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("name", r.name()).add("stage", r.stage().name())
                    .add("businessLines", stringsJson(r.businessLines()))
                    .add("types", stringsJson(r.types().stream().map(Enum::name).toList()))
                    .add("categories", stringsJson(r.categories()));
            nullable(o, "area", r.area() == null ? null : r.area().name());
            if (r.majorFault() == null) {
                o.addNull("majorFault");
            } else {
                o.add("majorFault", r.majorFault());
            }
            rules.add(o.add("limit", r.limit().toString()));
        }
        return Json.createObjectBuilder().add("rules", rules).add("ruralDistricts", stringsJson(set.ruralDistricts()))
                .add("majorFaultCategories", stringsJson(set.majorFaultCategories())).build();
    }

    // ---------------------------------------------------------------- calendar

    static HolidayCalendar calendar(JsonObject body) {
        JsonArray array = array(body, "days", "days");
        List<HolidayCalendar.Day> days = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "days[" + i + "]";
            JsonObject d = object(array.get(i), at);
            String date = string(d, "date", at + ".date");
            LocalDate day;
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new InvalidDocument(at + ".date: \"" + date + "\" is not a date; write it as 2026-10-01.");
            }
            days.add(new HolidayCalendar.Day(day, enumValue(HolidayCalendar.Kind.class, optionalString(d, "kind"),
                    at + ".kind (" + date + ")"), optionalString(d, "name")));
        }
        try {
            return new HolidayCalendar(days);
        } catch (IllegalArgumentException e) {
            throw new InvalidDocument(e.getMessage());
        }
    }

    static JsonObject json(HolidayCalendar calendar) {
        JsonArrayBuilder days = Json.createArrayBuilder();
        calendar.days().forEach(d -> days.add(Json.createObjectBuilder().add("date", d.date().toString())
                .add("kind", d.kind().name()).add("name", d.name())));
        return Json.createObjectBuilder().add("days", days).build();
    }

    // ---------------------------------------------------------------- callbacks

    static CallbackPlan callbacks(JsonObject body) {
        JsonArray array = array(body, "rules", "rules");
        List<CallbackRule> rules = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "rules[" + i + "]";
            JsonObject r = object(array.get(i), at);
            JsonValue ratio = r.get("ratio");
            if (!(ratio instanceof JsonNumber number)) {
                throw new InvalidDocument(at + ".ratio: give the share to call back as a number from 0 to 1 (0.25 = 25 %).");
            }
            String line = optionalString(r, "businessLine");
            String type = optionalString(r, "orderType");
            try {
                rules.add(new CallbackRule(string(r, "name", at + ".name"), line == null ? CallbackRule.ANY : line,
                        type == null ? CallbackRule.ANY : type, number.doubleValue()));
            } catch (IllegalArgumentException e) {
                throw new InvalidDocument(e.getMessage());
            }
        }
        try {
            return new CallbackPlan(rules, string(body, "seed", "seed"));
        } catch (InvalidDocument e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidDocument(e.getMessage());
        }
    }

    static JsonObject json(CallbackPlan plan) {
        JsonArrayBuilder rules = Json.createArrayBuilder();
        plan.rules().forEach(r -> rules.add(Json.createObjectBuilder().add("name", r.name())
                .add("businessLine", r.businessLine()).add("orderType", r.orderType()).add("ratio", r.ratio())));
        return Json.createObjectBuilder().add("seed", plan.seed()).add("rules", rules).build();
    }

    // ---------------------------------------------------------------- helpers

    private static JsonObject object(JsonValue value, String at) {
        if (!(value instanceof JsonObject o)) {
            throw new InvalidDocument(at + ": expected an object {...}");
        }
        return o;
    }

    private static JsonArray array(JsonObject o, String key, String at) {
        JsonValue v = o.get(key);
        if (!(v instanceof JsonArray a)) {
            throw new InvalidDocument(at + ": expected a list [...]");
        }
        return a;
    }

    private static String string(JsonObject o, String key, String at) {
        String s = optionalString(o, key);
        if (s == null || s.isBlank()) {
            throw new InvalidDocument(at + " is required.");
        }
        return s;
    }

    private static String optionalString(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new InvalidDocument(key + ": expected text, got " + v);
        }
        return s.getString().isBlank() ? null : s.getString().strip();
    }

    private static List<String> strings(JsonObject o, String key, String at) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return List.of();
        }
        if (!(v instanceof JsonArray a)) {
            throw new InvalidDocument(at + "." + key + ": expected a list of texts");
        }
        return a.stream().map(e -> e instanceof JsonString s ? s.getString() : failText(at + "." + key, e)).toList();
    }

    private static String failText(String at, JsonValue v) {
        throw new InvalidDocument(at + ": expected text, got " + v);
    }

    private static boolean bool(JsonValue v, String at) {
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        throw new InvalidDocument(at + ": expected true, false or null");
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String at) {
        Function<E, String> name = Enum::name;
        if (value == null) {
            throw new InvalidDocument(at + " is required; one of " + Arrays.stream(type.getEnumConstants()).map(name).toList());
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidDocument(at + ": \"" + value + "\" is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(name).toList());
        }
    }

    private static JsonArrayBuilder stringsJson(List<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static void nullable(JsonObjectBuilder o, String key, String value) {
        if (value == null) {
            o.addNull(key);
        } else {
            o.add(key, value);
        }
    }
}
