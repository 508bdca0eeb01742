package org.qualitywatch.workorder.domain;

/** Where a work order stands in its lifecycle (see the domain brief). */
public enum WorkOrderStatus {
    /** 已受理: an agent took the request */
    ACCEPTED,
    /** 预处理办结: resolved on the call by the first line or the expert seat */
    PRE_PROCESSED,
    /** 已派单: sent to a back-office or field team */
    DISPATCHED,
    /** 已联系用户: the team contacted the customer */
    CONTACTED,
    /** 已回单: the team reported what it did */
    RESOLVED,
    /** 已回访: supervision called the customer back */
    CALLED_BACK,
    /** 已归档 */
    ARCHIVED
}
