package org.qualitywatch.supervision.domain;

/** What a supervisor observed. */
public enum VisitType {
    /** 营业厅暗访 */
    SERVICE_HALL,
    /** 热线暗拨 */
    HOTLINE_CALL,
    /** 上门维修观察 */
    FIELD_REPAIR,
    /** 网上渠道 */
    ONLINE
}
