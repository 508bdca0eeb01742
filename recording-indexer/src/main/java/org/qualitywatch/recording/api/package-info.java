/**
 * The recording module's public API: what other modules (the web module) may call. Everything
 * else in the module is internal.
 */
package org.qualitywatch.recording.api;
