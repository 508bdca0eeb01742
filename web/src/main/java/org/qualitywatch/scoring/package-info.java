/**
 * QA scoring of recorded calls (质检评分): scorecards designed in sections and items and published as
 * immutable versions, evaluations of calls by QA monitors with time-pinned comments, agents'
 * acknowledgements and appeals reviewed by a different lead, and the teaching-case library. The
 * score formula is {@link org.qualitywatch.scoring.domain.ScorecardDefinition#score}.
 */
package org.qualitywatch.scoring;
