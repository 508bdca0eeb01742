/**
 * QA reports (质检报表): scores by agent, team and period, their distribution and trend, the items failed
 * most often, appeals, and the monitors' throughput and calibration deviation. Read from the evaluations'
 * current scores (the latest version of each released evaluation) and the closed calibration sessions.
 */
package org.qualitywatch.report.qa;
