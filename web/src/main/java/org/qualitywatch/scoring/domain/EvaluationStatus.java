package org.qualitywatch.scoring.domain;

/** Where an evaluation stands. */
public enum EvaluationStatus {
    /** 待评: chosen for a monitor, not started. */
    ASSIGNED,
    /** 评分中: a draft is saved. */
    IN_PROGRESS,
    /** 已发布: submitted; the agent sees it and may acknowledge or appeal. */
    RELEASED,
    /** 已确认: the agent accepted it. */
    ACKNOWLEDGED,
    /** 申诉中: the agent appealed; a lead other than the monitor reviews. */
    APPEALED,
    /** 已定案: the appeal was decided (upheld or adjusted). */
    FINAL,
    /** 已取消. */
    CANCELLED;

    public boolean hasScore() {
        return this == RELEASED || this == ACKNOWLEDGED || this == APPEALED || this == FINAL;
    }
}
