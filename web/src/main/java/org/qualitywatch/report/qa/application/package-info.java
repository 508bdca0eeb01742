/** The QA report figures, computed from PostgreSQL on request. */
package org.qualitywatch.report.qa.application;
