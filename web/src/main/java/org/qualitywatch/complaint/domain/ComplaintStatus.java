package org.qualitywatch.complaint.domain;

/** Where a complaint stands. */
public enum ComplaintStatus {
    /** 已接收 */
    RECEIVED,
    /** 已受理: acknowledged */
    ACKNOWLEDGED,
    /** 处理中: responsibility decided, being handled */
    IN_PROGRESS,
    /** 已办结: the matter is resolved */
    RESOLVED,
    /** 已回复: the source got the reply */
    REPLIED,
    /** 已结案 */
    CLOSED
}
