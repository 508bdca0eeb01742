/** Calibration sessions: creation, blind scoring, closing, results; and the demo session. */
package org.qualitywatch.calibration.application;
