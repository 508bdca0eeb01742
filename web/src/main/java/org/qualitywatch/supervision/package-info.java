/**
 * Public supervision (社会监督): the roster of external supervisors and their terms, report templates per
 * visit type, their mystery-shop reports and the feedback loop — staff triage a report into a supervision
 * order, merge it with a case or close it; the department's answer goes back to the supervisor, who rates
 * it — plus monthly summaries and meeting minutes. Supervisors reach only the portal endpoints and only
 * their own reports.
 */
package org.qualitywatch.supervision;
