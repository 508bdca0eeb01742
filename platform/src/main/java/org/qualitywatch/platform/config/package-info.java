/**
 * Deployment settings read from system properties and {@code QW_*} environment variables, so one
 * build runs unchanged on a laptop, in CI and on several clustered nodes.
 */
package org.qualitywatch.platform.config;
