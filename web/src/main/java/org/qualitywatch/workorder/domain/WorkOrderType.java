package org.qualitywatch.workorder.domain;

/** The kind of request: 咨询, 报修, 投诉, 建议, 求助. */
public enum WorkOrderType {
    CONSULT, REPAIR, COMPLAINT, SUGGESTION, HELP
}
