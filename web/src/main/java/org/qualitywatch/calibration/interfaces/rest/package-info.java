/** REST API of calibration sessions under {@code /api/calibration}. */
package org.qualitywatch.calibration.interfaces.rest;
