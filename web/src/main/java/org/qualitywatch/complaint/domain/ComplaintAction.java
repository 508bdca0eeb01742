package org.qualitywatch.complaint.domain;

import java.util.EnumSet;
import java.util.Set;

import static org.qualitywatch.complaint.domain.ComplaintStatus.ACKNOWLEDGED;
import static org.qualitywatch.complaint.domain.ComplaintStatus.CLOSED;
import static org.qualitywatch.complaint.domain.ComplaintStatus.IN_PROGRESS;
import static org.qualitywatch.complaint.domain.ComplaintStatus.RECEIVED;
import static org.qualitywatch.complaint.domain.ComplaintStatus.REPLIED;
import static org.qualitywatch.complaint.domain.ComplaintStatus.RESOLVED;

/** What handlers do with a complaint, and from which statuses. */
public enum ComplaintAction {
    ACKNOWLEDGE("acknowledge (受理)", EnumSet.of(RECEIVED)),
    ASSIGN("decide the responsible department (责任认定)", EnumSet.of(RECEIVED, ACKNOWLEDGED, IN_PROGRESS)),
    LOG("add to the handling log", EnumSet.of(RECEIVED, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, REPLIED)),
    RESPOND("record the first response to the complainant", EnumSet.of(ACKNOWLEDGED, IN_PROGRESS)),
    RESOLVE("resolve (办结)", EnumSet.of(IN_PROGRESS)),
    REPLY("reply to the source (回复来源)", EnumSet.of(RESOLVED)),
    CLOSE("close (结案)", EnumSet.of(REPLIED)),
    REOPEN("reopen", EnumSet.of(RESOLVED, REPLIED, CLOSED));

    private final String description;
    private final Set<ComplaintStatus> from;

    ComplaintAction(String description, Set<ComplaintStatus> from) {
        this.description = description;
        this.from = from;
    }

    public String description() {
        return description;
    }

    public boolean allowedFrom(ComplaintStatus status) {
        return from.contains(status);
    }
}
