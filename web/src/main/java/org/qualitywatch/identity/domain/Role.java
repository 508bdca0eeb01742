package org.qualitywatch.identity.domain;

/** What a user may do. A user holds one or more roles. */
public enum Role {
    ADMIN,
    MANAGER,
    QA_LEAD,
    QA_MONITOR,
    AGENT,
    DEPT_HANDLER,
    CALLBACK_AGENT,
    PUBLIC_SUPERVISOR;

    /** Every role of a company employee, i.e. all but the external public supervisors. */
    public static final String[] STAFF = {"ADMIN", "MANAGER", "QA_LEAD", "QA_MONITOR", "AGENT", "DEPT_HANDLER",
            "CALLBACK_AGENT"};
}
