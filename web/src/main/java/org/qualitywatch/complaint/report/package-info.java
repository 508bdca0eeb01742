/**
 * Complaint tallies for managers (投诉统计): the dashboard's aggregations over a search copy of the
 * complaints, the complaint rate (‱) against subscriber counts and a target, the regulator's appeals
 * per million users per quarter, and XLSX exports. Reads the complaint tables with SQL only; it never
 * uses the complaint module's entities.
 */
package org.qualitywatch.complaint.report;
