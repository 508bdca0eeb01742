package org.qualitywatch.audit.domain;

/** The sensitive actions the audit trail records. */
public enum AuditAction {
    RECORDING_PLAYED,
    RECORDING_DOWNLOADED,
    RECORDING_UPLOADED,
    RULES_CHANGED
}
