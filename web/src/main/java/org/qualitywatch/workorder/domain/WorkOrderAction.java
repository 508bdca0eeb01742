package org.qualitywatch.workorder.domain;

import java.util.EnumSet;
import java.util.Set;

import static org.qualitywatch.workorder.domain.WorkOrderStatus.ACCEPTED;
import static org.qualitywatch.workorder.domain.WorkOrderStatus.ARCHIVED;
import static org.qualitywatch.workorder.domain.WorkOrderStatus.CALLED_BACK;
import static org.qualitywatch.workorder.domain.WorkOrderStatus.CONTACTED;
import static org.qualitywatch.workorder.domain.WorkOrderStatus.DISPATCHED;
import static org.qualitywatch.workorder.domain.WorkOrderStatus.PRE_PROCESSED;
import static org.qualitywatch.workorder.domain.WorkOrderStatus.RESOLVED;

/**
 * What can be done to a work order, from which statuses, and where it leads ({@code null}: the
 * status stays, the action is only recorded).
 */
public enum WorkOrderAction {
    PRE_PROCESS(EnumSet.of(ACCEPTED), PRE_PROCESSED, "resolve it on the call"),
    DISPATCH(EnumSet.of(ACCEPTED), DISPATCHED, "dispatch it"),
    TRANSFER(EnumSet.of(DISPATCHED, CONTACTED), DISPATCHED, "transfer it to another department"),
    CONTACT(EnumSet.of(DISPATCHED), CONTACTED, "record the customer contact"),
    RESOLVE(EnumSet.of(CONTACTED), RESOLVED, "record the return receipt"),
    CALL_BACK(EnumSet.of(PRE_PROCESSED, RESOLVED), CALLED_BACK, "record a callback"),
    ARCHIVE(EnumSet.of(PRE_PROCESSED, RESOLVED, CALLED_BACK), ARCHIVED, "archive it"),
    REOPEN(EnumSet.of(PRE_PROCESSED, RESOLVED, CALLED_BACK, ARCHIVED), DISPATCHED, "reopen it"),
    CHASE(EnumSet.of(DISPATCHED, CONTACTED), null, "chase the department"),
    INFORM_CUSTOMER(EnumSet.of(PRE_PROCESSED, RESOLVED, CALLED_BACK), null, "confirm the customer was told");

    private final Set<WorkOrderStatus> from;
    private final WorkOrderStatus to;
    private final String description;

    WorkOrderAction(Set<WorkOrderStatus> from, WorkOrderStatus to, String description) {
        this.from = from;
        this.to = to;
        this.description = description;
    }

    public boolean allowedFrom(WorkOrderStatus status) {
        return from.contains(status);
    }

    public Set<WorkOrderStatus> from() {
        return EnumSet.copyOf(from);
    }

    /** The status after the action, or the current one for actions that only record something. */
    public WorkOrderStatus leadsTo(WorkOrderStatus current) {
        return to == null ? current : to;
    }

    public String description() {
        return description;
    }

    public boolean needsDepartment() {
        return this == DISPATCH || this == TRANSFER || this == REOPEN;
    }
}
