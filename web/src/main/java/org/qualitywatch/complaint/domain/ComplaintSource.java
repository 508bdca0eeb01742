package org.qualitywatch.complaint.domain;

import org.qualitywatch.shared.domain.time.DeadlineSpec;

import java.util.Objects;

/**
 * Where complaints come from and the deadlines that source sets. A null deadline means the source sets
 * none for that stage. A complaint from an {@code external} source reached a body outside the company
 * and is flagged as escalated (越级投诉).
 *
 * @param acknowledge  accept / acknowledge the case (受理确认)
 * @param respond      first response to the complainant (首次响应)
 * @param resolve      resolve the matter (办结)
 * @param reply        reply to the source (回复来源), unless the case carries an earlier deadline of its own
 * @param urgentReply  reply deadline for urgent and emergency cases (e.g. 当日)
 */
public record ComplaintSource(String code, String name, boolean external, DeadlineSpec acknowledge,
                              DeadlineSpec respond, DeadlineSpec resolve, DeadlineSpec reply,
                              DeadlineSpec urgentReply) {

    public ComplaintSource {
        Objects.requireNonNull(code, "code");
        code = code.strip().toUpperCase(java.util.Locale.ROOT);
        name = name == null ? code : name.strip();
        if (code.isEmpty() || !code.matches("[A-Z0-9_]{1,40}")) {
            throw new IllegalArgumentException("A source code is 1 to 40 capital letters, digits or _ (e.g. CITY_12345), "
                    + "not \"" + code + "\".");
        }
    }
}
