package org.qualitywatch.scoring.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.qualitywatch.scoring.domain.ScorecardDefinition;
import org.qualitywatch.shared.domain.DomainException;

import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/** Scorecard definitions, answers and item results as the JSON kept in the database and sent to the UI. */
public final class ScoringJson {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type ANSWERS = new HashMap<String, ScorecardDefinition.Answer>() { }.getClass()
            .getGenericSuperclass();

    private ScoringJson() {
    }

    public static String write(Object value) {
        return JSON.toJson(value);
    }

    static ScorecardDefinition definition(String json) {
        try {
            return JSON.fromJson(json, ScorecardDefinition.class);
        } catch (JsonbException e) {
            throw DomainException.invalid("The scorecard was not saved: " + rootMessage(e));
        }
    }

    static Map<String, ScorecardDefinition.Answer> answers(String json) {
        if (json == null || json.isBlank()) {
            return new HashMap<>();
        }
        try {
            Map<String, ScorecardDefinition.Answer> answers = JSON.fromJson(json, ANSWERS);
            return answers == null ? new HashMap<>() : answers;
        } catch (JsonbException e) {
            throw DomainException.invalid("The answers are not in the expected form {\"itemCode\": {\"yes\": true} | "
                    + "{\"value\": 4} | {\"occurrences\": 1} | {\"na\": true}}: " + rootMessage(e));
        }
    }

    /** The innermost message: a definition's own check (e.g. "Section \"x\" has no items.") is the useful one. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
