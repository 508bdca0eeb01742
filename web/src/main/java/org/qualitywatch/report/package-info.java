/** Reports (报表) of the supervision department. */
package org.qualitywatch.report;
