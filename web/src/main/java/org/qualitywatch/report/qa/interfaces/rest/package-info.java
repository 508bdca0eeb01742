/** REST API of the QA reports under {@code /api/qa-reports}. */
package org.qualitywatch.report.qa.interfaces.rest;
