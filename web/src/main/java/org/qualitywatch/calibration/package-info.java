/**
 * Calibration (校准): a QA lead has several monitors score the same calls blind, then compares each
 * monitor's scores with a reference (the lead's "golden" scores, or the mean of all participants) to
 * find who scores out of line. Formulas: {@link org.qualitywatch.calibration.domain.CalibrationResult}
 * and docs/qa-calibration.md.
 */
package org.qualitywatch.calibration;
