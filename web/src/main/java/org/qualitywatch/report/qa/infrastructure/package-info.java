/** The XLSX export of the QA reports (Apache POI). */
package org.qualitywatch.report.qa.infrastructure;
