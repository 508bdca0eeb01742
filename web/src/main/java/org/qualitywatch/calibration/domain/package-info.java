/**
 * The calibration figures (deviations, item agreement, flags), computed from the scores of a closed
 * session. Pure domain logic, no container dependencies.
 */
package org.qualitywatch.calibration.domain;
